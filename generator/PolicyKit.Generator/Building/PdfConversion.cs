using PolicyKit.Model.Diagnostics;
using PolicyKit.Rendering.Pdf;

namespace PolicyKit.Generator.Building;

/// <summary>
/// Converts the stale documents' .docx files (already written) to PDF with LibreOffice, so Word and PDF never
/// disagree. Each PDF is recorded in the manifest once it is in place; a failed one is an error naming the file.
/// </summary>
internal static class PdfConversion
{
    /// <summary>A converter, or null when LibreOffice (with its Python bridge) is not installed.</summary>
    public static PdfConverter? TryCreateConverter(BuildOptions options)
    {
        try
        {
            return new PdfConverter(new LibreOfficeOptions { Instances = options.MaxParallelism, BatchTimeout = options.PdfBatchTimeout });
        }
        catch (LibreOfficeUnavailableException)
        {
            return null;
        }
    }

    /// <returns>The PDFs written, as paths under the output folder.</returns>
    public static async Task<List<string>> RunAsync(PdfConverter converter, IReadOnlyList<RenderedDocument> documents, BuildManifest manifest, BuildOptions options, DiagnosticBag diagnostics, IProgress<BuildProgress>? progress, CancellationToken cancellationToken)
    {
        var stale = documents.Where(d => d.Plan.Stale.HasFlag(OutputFormats.Pdf)).ToList();
        if (stale.Count == 0)
        {
            return [];
        }

        var byJob = stale.ToDictionary(d => new PdfJob(Full(options, d.Plan.RelativePath(OutputFormats.Docx)), Full(options, d.Plan.RelativePath(OutputFormats.Pdf)), d.Title ?? d.Plan.Policy.Title));
        var written = new List<string>();
        var done = 0;
        var reporter = new Progress(job =>
        {
            var plan = byJob[job].Plan;
            var relative = plan.RelativePath(OutputFormats.Pdf);
            manifest.Record(options.OutputRoot, relative, OutputPlan.FormatHash(plan.InputHash, OutputFormats.Pdf, options.Formats));
            lock (written)
            {
                written.Add(relative);
            }

            progress?.Report(new BuildProgress(BuildStage.ConvertingPdf, Interlocked.Increment(ref done), byJob.Count, relative));
        });

        progress?.Report(new BuildProgress(BuildStage.ConvertingPdf, 0, byJob.Count));
        foreach (var failure in await converter.ConvertAsync([.. byJob.Keys], reporter, cancellationToken))
        {
            var relative = byJob[failure.Job].Plan.RelativePath(OutputFormats.Pdf);
            diagnostics.Error(DiagnosticCodes.PdfConversionFailed, SourceSpan.ForFile(OutputPaths.OnDisk(options.OutputRoot, relative)), $"the PDF could not be made: {failure.Reason}");
        }

        return written;
    }

    private static string Full(BuildOptions options, string relativePath) => Path.GetFullPath(OutputPaths.OnDisk(options.OutputRoot, relativePath));

    // Reports synchronously on the converter's thread: System.Progress<T> would post to the thread pool and race the manifest save.
    private sealed class Progress(Action<PdfJob> report) : IProgress<PdfJob>
    {
        public void Report(PdfJob value) => report(value);
    }
}
