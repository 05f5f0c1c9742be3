using PolicyKit.Generator.Building;
using PolicyKit.Model.Diagnostics;
using PolicyKit.Rendering.Docx;

namespace PolicyKit.Generator.Redlining;

/// <summary>
/// Compiles one school's document from each of two source folders, compares them and writes the redline: a Word
/// document with tracked changes and a Markdown summary of the changed clauses. Writes nothing if either side has an error.
/// </summary>
public static class RedlineRunner
{
    /// <returns>What was written, or null when nothing was (the reasons are in <paramref name="diagnostics"/>).</returns>
    public static RedlineResult? Run(RedlineOptions options, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(diagnostics);

        var from = Compile(options.FromSources, options, diagnostics);
        cancellationToken.ThrowIfCancellationRequested();
        var to = Compile(options.ToSources, options, diagnostics);
        if (from is null || to is null || diagnostics.HasErrors)
        {
            return null;
        }

        // The text in a policy file is its newest history entry's, ratified or only proposed: a redline is most often
        // of a proposal for governors. The changes are credited to that entry, so the same two versions give the same redline.
        if (to.Policy.History is not [.., var entry])
        {
            diagnostics.Error(DiagnosticCodes.NoVersionEntry, to.Policy.IdSpan, "the new version has no 'version-history' entry; add one: its 'by' and 'date' are the author and date of the tracked changes.");
            return null;
        }

        var fromVersion = from.Policy.History is [.., var last] ? last.Version : from.Document.Info.Version;
        var redline = Redliner.Compare(from.Document, to.Document, (fromVersion, entry.Version), entry.By, entry.Date);
        using var docx = new MemoryStream();
        DocxRenderer.Render(redline.Document, docx, new DocxRenderOptions { ReferenceDocument = to.ReferenceDocument });
        var summary = System.Text.Encoding.UTF8.GetBytes(RedlineSummary.Write(redline));
        cancellationToken.ThrowIfCancellationRequested();

        var written = new List<string>();
        foreach (var (extension, bytes) in new[] { ("docx", docx.ToArray()), ("md", summary) })
        {
            var path = OutputPaths.OnDisk(options.OutputRoot, OutputPaths.Redline(to.School.Id, to.Policy.Id, redline.FromVersion, redline.ToVersion, extension));
            AtomicFile.Write(path, stream => stream.Write(bytes));
            written.Add(path);
        }

        return new RedlineResult(redline.FromVersion, redline.ToVersion, written, redline.Changes);
    }

    private static CompiledDocument? Compile(string root, RedlineOptions options, DiagnosticBag diagnostics)
    {
        var build = new BuildOptions(root, options.Today) { Schools = [options.SchoolId], Policies = [options.PolicyId] };
        var session = BuildSession.Open(build, diagnostics);
        if (session is null || session.Targets.Count == 0)
        {
            return null;
        }

        var (school, policy) = session.Targets[0];
        return session.Compile(school, policy);
    }
}
