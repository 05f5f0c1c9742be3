using System.Text.Json;

namespace PolicyKit.Generator.Building;

/// <summary>
/// What a build last wrote into an output folder: for each file, the hash of the inputs it was made from, the size
/// and time it was written with, and the SHA-256 of its bytes. A file is up to date when its entry's input hash
/// matches and the file on disk is still the one recorded; publishing checks the bytes against the SHA-256 too. Entries are added only after their file is in place, so the manifest never claims a
/// file that a failed or interrupted build did not finish.
/// </summary>
internal sealed class BuildManifest
{
    public const string FileName = ".policykit-manifest.json";
    // 2: entries carry the SHA-256 of the file. An older manifest is not trusted, so everything is rebuilt once.
    private const int CurrentFormat = 2;

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
    public bool IsUpToDate(string outputRoot, string relativePath, string inputHash) => CurrentSha256(outputRoot, relativePath, inputHash) is not null;

    /// <returns>The SHA-256 recorded for a file that is up to date for <paramref name="inputHash"/>; otherwise null.</returns>
    public string? CurrentSha256(string outputRoot, string relativePath, string inputHash)
    {
        ManifestEntry? entry;
        lock (_gate)
        {
            _entries.TryGetValue(relativePath, out entry);
        }

        if (entry is null || entry.Input != inputHash || entry.Sha256 is null)
        {
            return null;
        }

        var file = new FileInfo(OutputPaths.OnDisk(outputRoot, relativePath));
        return file.Exists && file.Length == entry.Size && file.LastWriteTimeUtc.Ticks == entry.WrittenTicks ? entry.Sha256 : null;
    }

    /// <summary>Records a file that is now complete on disk.</summary>
    /// <param name="sha256">The SHA-256 (hex) of the bytes just written, or null to read the file back for it.</param>
    public void Record(string outputRoot, string relativePath, string inputHash, string? sha256 = null)
    {
        var path = OutputPaths.OnDisk(outputRoot, relativePath);
        var file = new FileInfo(path);
        sha256 ??= Sha256Of(path);
        var entry = new ManifestEntry(inputHash, file.Length, file.LastWriteTimeUtc.Ticks, sha256);
        lock (_gate)
        {
            _entries[relativePath] = entry;
        }
    }

    public static string Sha256Of(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));

    private static string Sha256Of(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(stream));
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

    internal sealed record ManifestEntry(string Input, long Size, long WrittenTicks, string? Sha256);

    internal sealed record StoredManifest(int Format, IDictionary<string, ManifestEntry> Outputs);
}
