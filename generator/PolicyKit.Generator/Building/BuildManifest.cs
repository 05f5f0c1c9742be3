using System.Text.Json;

namespace PolicyKit.Generator.Building;

/// <summary>
/// What a build last wrote into an output folder: for each file, the hash of the inputs it was made from and the
/// size and time it was written with. A file is up to date when its entry's input hash matches and the file on disk
/// is still the one recorded. Entries are added only after their file is in place, so the manifest never claims a
/// file that a failed or interrupted build did not finish.
/// </summary>
internal sealed class BuildManifest
{
    public const string FileName = ".policykit-manifest.json";
    private const int CurrentFormat = 1;

    private readonly Dictionary<string, ManifestEntry> _entries;
    private readonly Lock _gate = new();

    private BuildManifest(Dictionary<string, ManifestEntry> entries) => _entries = entries;

    public static BuildManifest Empty() => new(new Dictionary<string, ManifestEntry>(StringComparer.Ordinal));

    /// <summary>Reads the manifest of an output folder; a missing or unreadable one means "rebuild everything".</summary>
    public static BuildManifest Load(string outputRoot)
    {
        try
        {
            var stored = JsonSerializer.Deserialize(File.ReadAllBytes(Path.Combine(outputRoot, FileName)), ManifestJson.Default.StoredManifest);
            return stored is { Format: CurrentFormat, Outputs: { } outputs }
                ? new BuildManifest(new Dictionary<string, ManifestEntry>(outputs, StringComparer.Ordinal))
                : Empty();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException)
        {
            return Empty();
        }
    }

    /// <param name="relativePath">The output's path under the output folder, with '/' separators.</param>
    public bool IsUpToDate(string outputRoot, string relativePath, string inputHash)
    {
        ManifestEntry? entry;
        lock (_gate)
        {
            _entries.TryGetValue(relativePath, out entry);
        }

        if (entry is null || entry.Input != inputHash)
        {
            return false;
        }

        var file = new FileInfo(Path.Combine(outputRoot, relativePath));
        return file.Exists && file.Length == entry.Size && file.LastWriteTimeUtc.Ticks == entry.WrittenTicks;
    }

    /// <summary>Records a file that is now complete on disk.</summary>
    public void Record(string outputRoot, string relativePath, string inputHash)
    {
        var file = new FileInfo(Path.Combine(outputRoot, relativePath));
        var entry = new ManifestEntry(inputHash, file.Length, file.LastWriteTimeUtc.Ticks);
        lock (_gate)
        {
            _entries[relativePath] = entry;
        }
    }

    public void Save(string outputRoot)
    {
        SortedDictionary<string, ManifestEntry> snapshot;
        lock (_gate)
        {
            snapshot = new SortedDictionary<string, ManifestEntry>(_entries, StringComparer.Ordinal);
        }

        var bytes = JsonSerializer.SerializeToUtf8Bytes(new StoredManifest(CurrentFormat, snapshot), ManifestJson.Default.StoredManifest);
        AtomicFile.Write(Path.Combine(outputRoot, FileName), stream => stream.Write(bytes));
    }

    internal sealed record ManifestEntry(string Input, long Size, long WrittenTicks);

    internal sealed record StoredManifest(int Format, IDictionary<string, ManifestEntry> Outputs);
}
