using PolicyKit.Model.Diagnostics;
using PolicyKit.Rendering.Docx;
using PolicyKit.Rendering.Html;

namespace PolicyKit.Generator.Building;

/// <summary>
/// Models and renders every stale document in memory, in parallel. Each model is dropped as soon as its outputs
/// are rendered, so memory holds finished files (tens of KB each), not thousands of models.
/// </summary>
internal static class DocumentRendering
{
    public static RenderedDocument?[] Render(BuildSession session, IReadOnlyList<OutputPlan> stale, BuildOptions options, DiagnosticBag diagnostics, IProgress<BuildProgress>? progress, CancellationToken cancellationToken)
    {
        var rendered = new RenderedDocument?[stale.Count];
        var done = 0;
        Parallel.For(0, stale.Count, new ParallelOptions { MaxDegreeOfParallelism = options.MaxParallelism, CancellationToken = cancellationToken }, i =>
        {
            var plan = stale[i];
            var compiled = session.Compile(plan.School, plan.Policy);
            // Once anything has an error nothing will be written, so only the checks go on.
            if (compiled is not null && !diagnostics.HasErrors)
            {
                rendered[i] = new RenderedDocument(plan, Docx(compiled, plan), Html(compiled, plan, options.Formats), compiled.Document.Info.Title);
            }

            progress?.Report(new BuildProgress(BuildStage.Rendering, Interlocked.Increment(ref done), stale.Count, plan.RelativePath(OutputFormats.Docx)));
        });

        return rendered;
    }

    private static string? Html(CompiledDocument compiled, OutputPlan plan, OutputFormats formats)
    {
        if (!plan.Stale.HasFlag(OutputFormats.Html))
        {
            return null;
        }

        // Links to the page's siblings in the same folder, so the site works wherever it is copied.
        var links = new HtmlPageLinks(
            formats.HasFlag(OutputFormats.Pdf) ? OutputPaths.FileName(plan.Policy.Id, OutputFormats.Pdf) : null,
            formats.HasFlag(OutputFormats.Docx) ? OutputPaths.FileName(plan.Policy.Id, OutputFormats.Docx) : null,
            OutputPaths.IndexPage);
        return HtmlRenderer.Render(compiled.Document, links);
    }

    private static byte[]? Docx(CompiledDocument compiled, OutputPlan plan)
    {
        // The PDF is converted from the .docx on disk, so a stale PDF needs the .docx written too.
        if (!plan.Stale.HasFlag(OutputFormats.Docx) && !plan.Stale.HasFlag(OutputFormats.Pdf))
        {
            return null;
        }

        using var buffer = new MemoryStream(32 * 1024);
        DocxRenderer.Render(compiled.Document, buffer, new DocxRenderOptions { ReferenceDocument = compiled.ReferenceDocument });
        return buffer.ToArray();
    }
}
