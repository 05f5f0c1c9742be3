using PolicyKit.Model.Diagnostics;

namespace PolicyKit.Generator.History;

/// <summary>
/// A policy folder as it stood at one version: an exported copy of a commit, deleted again on dispose, or the
/// working folder itself when the version is the one being written there (kept as it is on dispose).
/// </summary>
public sealed class PolicyCheckout : IDisposable
{
    /// <summary>How many hex digits of a commit id messages show, as git's own short ids do.</summary>
    internal const int ShortCommitLength = 7;

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

    /// <summary>
    /// The diagnostic with every path inside this temporary copy named as the repository names it, and the version and
    /// commit it was read at: "policies/information-security.md (at 2.0, commit abc1234)", not the temporary folder,
    /// which is gone by the time anyone reads the message. Other diagnostics are returned as they are.
    /// </summary>
    public Diagnostic InRepository(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        if (_temporaryRoot is null || Commit is null || diagnostic.Span.File.Length == 0)
        {
            return diagnostic;
        }

        var root = Path.GetFullPath(_temporaryRoot);
        var file = Path.GetFullPath(diagnostic.Span.File);
        var span = file.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? diagnostic.Span with { File = $"{Path.GetRelativePath(root, file).Replace('\\', '/')} (at {Version}, commit {Commit[..ShortCommitLength]})" }
            : diagnostic.Span;
        var message = diagnostic.Message.Replace(root + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal);
        return diagnostic with { Span = span, Message = message };
    }

    public void Dispose()
    {
        if (_temporaryRoot is not null && Directory.Exists(_temporaryRoot))
        {
            Directory.Delete(_temporaryRoot, recursive: true);
        }
    }
}
