namespace PolicyKit.Generator.History;

/// <summary>
/// A policy folder as it stood at one version: an exported copy of a commit, deleted again on dispose, or the
/// working folder itself when the version is the one being written there (kept as it is on dispose).
/// </summary>
public sealed class PolicyCheckout : IDisposable
{
    private readonly string? _temporaryRoot;

    internal PolicyCheckout(string sourcesRoot, string? version, string? commit, string? temporaryRoot)
    {
        SourcesRoot = sourcesRoot;
        Version = version;
        Commit = commit;
        _temporaryRoot = temporaryRoot;
    }

    /// <summary>A folder given as it is, whatever version it holds; disposing keeps it.</summary>
    public static PolicyCheckout Folder(string sourcesRoot) => new(sourcesRoot, version: null, commit: null, temporaryRoot: null);

    /// <summary>The policy folder (holding trust.yaml) to read the version from.</summary>
    public string SourcesRoot { get; }

    /// <summary>The version, as the policy's newest <c>version-history</c> entry names it there; null for a folder given as it is.</summary>
    public string? Version { get; }

    /// <summary>The commit the folder was exported from, or null for the working folder.</summary>
    public string? Commit { get; }

    public void Dispose()
    {
        if (_temporaryRoot is not null && Directory.Exists(_temporaryRoot))
        {
            Directory.Delete(_temporaryRoot, recursive: true);
        }
    }
}
