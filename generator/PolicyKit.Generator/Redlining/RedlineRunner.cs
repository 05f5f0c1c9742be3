using PolicyKit.Generator.Building;
using PolicyKit.Model.Diagnostics;
using PolicyKit.Model.Document;
using PolicyKit.Model.Presentation;
using PolicyKit.Rendering.Docx;
using PolicyKit.Rendering.Html;
using PolicyKit.Sources.Loading;
using PolicyKit.Sources.Versions;

namespace PolicyKit.Generator.Redlining;

/// <summary>
/// Compiles one school's document from each of two source folders, compares them and writes the redline: a Word
/// document with tracked changes, a web page showing them and a Markdown summary of the changed clauses. Writes nothing if either side has an error.
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
        var document = redline.Document;
        document = new PolicyDocument { Info = document.Info with { Comparison = new VersionComparison(fromVersion, entry.Version, StatusOf(entry)) }, Body = document.Body };
        using var docx = new MemoryStream();
        DocxRenderer.Render(document, docx, new DocxRenderOptions { ReferenceDocument = to.ReferenceDocument });
        var docxName = Path.GetFileName(OutputPaths.Redline(to.School.Id, to.Policy.Id, redline.FromVersion, redline.ToVersion, "docx"));
        var html = System.Text.Encoding.UTF8.GetBytes(HtmlRenderer.Render(document, new HtmlPageLinks(null, docxName, null)));
        var summary = System.Text.Encoding.UTF8.GetBytes(RedlineSummary.Write(redline));
        cancellationToken.ThrowIfCancellationRequested();

        var written = new List<string>();
        foreach (var (extension, bytes) in new[] { ("docx", docx.ToArray()), ("html", html), ("md", summary) })
        {
            var path = OutputPaths.OnDisk(options.OutputRoot, OutputPaths.Redline(to.School.Id, to.Policy.Id, redline.FromVersion, redline.ToVersion, extension));
            AtomicFile.Write(path, stream => stream.Write(bytes));
            written.Add(path);
        }

        return new RedlineResult(redline.FromVersion, redline.ToVersion, written, redline.Changes);
    }

    // As the cover says it: "proposed", "draft", or "ratified on 7 July 2026" by the trust's own record.
    private static string StatusOf(VersionEntry entry) => (entry.Ratified, entry.Status) switch
    {
        ({ } ratified, _) => $"ratified on {BritishDates.Long(ratified)}",
        (null, VersionStatus.Proposed) => "proposed",
        _ => "draft",
    };

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
