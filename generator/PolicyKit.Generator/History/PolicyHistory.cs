using System.Formats.Tar;
using PolicyKit.Model.Diagnostics;
using PolicyKit.Sources.Loading;

namespace PolicyKit.Generator.History;

/// <summary>
/// Finds a version of a policy in the git history of its folder. A version is the text as it stood while that
/// version was the file's newest <c>version-history</c> entry: "2.0" is the text just before 2.1 was written down.
/// </summary>
public static class PolicyHistory
{
    /// <summary>
    /// The policy folder at <paramref name="version"/>: the working folder itself when its file (committed or not) has
    /// that version as its newest entry, so a proposal can be compared before it is committed; otherwise the whole
    /// repository at the newest commit in which it had, exported to a temporary folder that disposing deletes.
    /// </summary>
    /// <param name="sourcesRoot">The policy folder (holding trust.yaml), inside a git working tree.</param>
    /// <param name="policyId">The policy, whose file is &lt;sourcesRoot&gt;/&lt;policyId&gt;.md.</param>
    /// <param name="version">The version, as its <c>version-history</c> entry writes it ("2.0").</param>
    /// <param name="diagnostics">Why there is no such version, when there is not.</param>
    /// <param name="cancellationToken">Stops the walk between commits.</param>
    /// <returns>The folder, or null when the version cannot be found or copied (the reason is in <paramref name="diagnostics"/>).</returns>
    public static PolicyCheckout? Checkout(string sourcesRoot, string policyId, string version, DiagnosticBag diagnostics, CancellationToken cancellationToken) =>
        Checkout(sourcesRoot, policyId, version, diagnostics, GitCommand.DefaultExecutable, cancellationToken);

    /// <param name="git">The git program to run; tests name one that is not installed.</param>
    internal static PolicyCheckout? Checkout(string sourcesRoot, string policyId, string version, DiagnosticBag diagnostics, string git, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sourcesRoot);
        ArgumentNullException.ThrowIfNull(policyId);
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(diagnostics);

        var file = Path.Combine(sourcesRoot, policyId + ".md");
        var span = SourceSpan.ForFile(SourceSetLoader.DisplayPath(file));
        var working = File.Exists(file) ? NewestVersion.Of(File.ReadAllText(file)) : null;
        if (working == version)
        {
            return new PolicyCheckout(sourcesRoot, version, commit: null, temporaryRoot: null);
        }

        if (!Directory.Exists(sourcesRoot))
        {
            diagnostics.Error(DiagnosticCodes.NotInGitRepository, span, $"there is no folder '{sourcesRoot}' to read the policy's history from; give the folder that holds trust.yaml with --policies.");
            return null;
        }

        var repository = new GitCommand(git, sourcesRoot);
        if (repository.Run(cancellationToken, "rev-parse", "--show-toplevel", "--show-prefix") is not { } prefixResult)
        {
            diagnostics.Error(DiagnosticCodes.GitNotInstalled, span, $"git is not installed, so version {version} cannot be read from the policy's history; install it (sudo apt-get install -y git), or compare two folders with --from-sources and --to-sources.");
            return null;
        }

        if (!prefixResult.Succeeded)
        {
            diagnostics.Error(DiagnosticCodes.NotInGitRepository, span, $"'{SourceSetLoader.DisplayPath(sourcesRoot)}' is not in a git repository, so it has no earlier versions to read; compare two folders with --from-sources and --to-sources instead.");
            return null;
        }

        // Paths in "commit:path" are from the repository's top, so the folder's own place in it comes first.
        var (top, prefix) = prefixResult.Output.Split('\n') is [var first, var second, ..] ? (first, second) : (prefixResult.Output.Trim(), string.Empty);
        var path = prefix + policyId + ".md";
        var found = Find(repository, path, version, cancellationToken);
        if (found.Commit is null)
        {
            Report(found.Versions, working, span, version, diagnostics);
            return null;
        }

        // git archive, run in a subfolder, would export only that subfolder.
        return Export(new GitCommand(git, top), found.Commit, prefix, path, version, diagnostics, cancellationToken);
    }

    // Newest commit first; each distinct file text is read once. Every version seen is kept, to name them when none matches.
    private static (string? Commit, List<string?> Versions) Find(GitCommand git, string path, string version, CancellationToken cancellationToken)
    {
        var seen = new List<string?>();
        var versionOfBlob = new Dictionary<string, string?>(StringComparer.Ordinal);
        var commits = git.Run(cancellationToken, "log", "--format=%H", "--", ".");
        foreach (var commit in commits is { Succeeded: true } ? commits.Lines : [])
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (git.Run(cancellationToken, "rev-parse", "--verify", "--quiet", $"{commit}:{path}") is not { Succeeded: true } blob)
            {
                continue; // the file did not exist yet in this commit
            }

            var id = blob.Output.Trim();
            if (!versionOfBlob.TryGetValue(id, out var newest))
            {
                newest = git.Run(cancellationToken, "cat-file", "blob", id) is { Succeeded: true } text ? NewestVersion.Of(text.Output) : null;
                versionOfBlob[id] = newest;
            }

            if (newest == version)
            {
                return (commit, seen);
            }

            seen.Add(newest);
        }

        return (null, seen);
    }

    private static void Report(List<string?> versions, string? working, SourceSpan span, string version, DiagnosticBag diagnostics)
    {
        if (versions.Count == 0)
        {
            diagnostics.Error(DiagnosticCodes.PolicyNeverCommitted, span, $"{span.File} has never been committed to git, so it has no version {version} to compare; commit it first, or compare two folders with --from-sources and --to-sources.");
            return;
        }

        var named = versions.OfType<string>().Distinct(StringComparer.Ordinal).Reverse().ToList();
        var list = named.Count == 0 ? "none that names a version in its version-history" : string.Join(", ", named);
        var workingText = working is null || named.Contains(working) ? string.Empty : $", and the working folder has {working}";
        diagnostics.Error(DiagnosticCodes.VersionNotInHistory, span, $"version {version} is not in the policy's git history: its commits have versions {list}{workingText} (a commit's version is the newest entry of its version-history).");
    }

    // The whole commit, not only the policy folder: trust.yaml may name files beside it, such as ../templates/reference.docx.
    private static PolicyCheckout? Export(GitCommand git, string commit, string prefix, string path, string version, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        var span = SourceSpan.ForFile($"{path} (at {version}, commit {commit[..PolicyCheckout.ShortCommitLength]})");
        var root = Path.Combine(Path.GetTempPath(), "policykit-history", Guid.NewGuid().ToString("N"));
        try
        {
            Directory.CreateDirectory(root);
            using var archive = new MemoryStream();
            var result = git.Run(archive, cancellationToken, "archive", "--format=tar", commit);
            if (result is not { Succeeded: true })
            {
                Delete(root);
                diagnostics.Error(DiagnosticCodes.HistoryExportFailed, span, $"git found version {version} in commit {commit[..PolicyCheckout.ShortCommitLength]} but could not export that commit's files ({FirstLine(result?.Error)}). Check the repository with 'git fsck'; in a shallow or partial clone, fetch the full history ('git fetch --unshallow') or clone it again. Or compare two folders with --from-sources and --to-sources.");
                return null;
            }

            archive.Position = 0;
            TarFile.ExtractToDirectory(archive, root, overwriteFiles: false);
            return new PolicyCheckout(Path.Combine(root, prefix), version, commit, root);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            Delete(root);
            diagnostics.Error(DiagnosticCodes.HistoryExportFailed, span, $"version {version} could not be copied out of commit {commit[..PolicyCheckout.ShortCommitLength]} into the temporary folder '{Path.GetTempPath()}': {ex.Message} Check that there is free space there (or set TMPDIR to a folder with space), then run diff again.");
            return null;
        }
    }

    private static string FirstLine(string? text) =>
        string.IsNullOrWhiteSpace(text) ? "git gave no reason" : text.Split('\n')[0].Trim();

    private static void Delete(string root)
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
