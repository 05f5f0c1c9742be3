using System.Diagnostics;
using PolicyKit.Model.Diagnostics;

namespace PolicyKit.Generator.Building;

/// <summary>
/// Runs a build: checks every source first and writes nothing when anything has an error; otherwise writes only the
/// outputs whose inputs changed since the last build (all of them with <see cref="BuildOptions.Force"/>).
/// </summary>
public static class BuildRunner
{
    /// <param name="options">What to build and where.</param>
    /// <param name="diagnostics">Receives every problem in the sources, and any PDF that could not be made.</param>
    /// <param name="progress">Told where the build has got to, or null.</param>
    /// <param name="cancellationToken">Stops the build; files already written are complete and recorded.</param>
    /// <returns>What was written, or null when errors (in <paramref name="diagnostics"/>) stopped the build before anything was written.</returns>
    public static async Task<BuildResult?> RunAsync(BuildOptions options, DiagnosticBag diagnostics, IProgress<BuildProgress>? progress, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        // A PDF is converted from the .docx beside it, so asking for PDFs writes the .docx too. Without a PDF
        // engine the other outputs are still written, and the web pages do not link to PDFs that are not there.
        var converter = options.Formats.HasFlag(OutputFormats.Pdf) ? PdfConversion.TryCreateConverter(options) : null;
        var pdfSkipped = options.Formats.HasFlag(OutputFormats.Pdf) && converter is null;
        options = options with { Formats = converter is null ? options.Formats & ~OutputFormats.Pdf : options.Formats | OutputFormats.Docx };

        // Phase 1: load and check the sources; work out which outputs are out of date.
        progress?.Report(new BuildProgress(BuildStage.Checking, 0, 1));
        var session = BuildSession.Open(options, diagnostics);
        if (session is null || Blocked(diagnostics, options))
        {
            return null;
        }

        var manifest = BuildManifest.Load(options.OutputRoot);
        var plans = OutputPlanner.Plan(session, manifest, options);
        var stale = plans.Where(p => p.Stale != OutputFormats.None).ToList();
        if (options.WarningsAsErrors)
        {
            // Up-to-date documents are not rebuilt, so their warnings would go unseen: check them too.
            Parallel.ForEach(plans.Where(p => p.Stale == OutputFormats.None), new ParallelOptions { MaxDegreeOfParallelism = options.MaxParallelism, CancellationToken = cancellationToken }, plan =>
                session.Compile(plan.School, plan.Policy));
        }

        // Phase 2: model and render every stale document in memory; any error stops the build here.
        var rendered = DocumentRendering.Render(session, stale, options, diagnostics, progress, cancellationToken).OfType<RenderedDocument>().ToList();
        if (Blocked(diagnostics, options))
        {
            return null;
        }

        // Phases 3-5 record each output in the manifest once it is in place; the manifest is saved even when the
        // build is interrupted, and then vouches only for the files that were completed.
        var written = new List<string>();
        try
        {
            // Phase 3: .docx and .html files.
            written.AddRange(OutputWriter.Write(rendered, manifest, options, progress, cancellationToken));

            // Phase 4: PDFs from the .docx files just written.
            if (converter is not null)
            {
                written.AddRange(await PdfConversion.RunAsync(converter, rendered, manifest, options, diagnostics, progress, cancellationToken));
            }

            // Phase 5: the policy site's index pages.
            if (options.Formats.HasFlag(OutputFormats.Html))
            {
                written.AddRange(SiteIndexes.Write(session, manifest, options, progress));
            }
        }
        finally
        {
            if (written.Count > 0 || stale.Count > 0)
            {
                manifest.Save(options.OutputRoot);
            }
        }

        var upToDate = plans.Sum(p => int.PopCount((int)(options.Formats & ~p.Stale)));
        var files = written.Select(f => OutputPaths.OnDisk(options.OutputRoot, f)).Order(StringComparer.Ordinal).ToList();
        var documents = plans.Select(p => OutputPlanner.Current(p, manifest, options)).ToList();
        return new BuildResult(files, upToDate, clock.Elapsed, pdfSkipped) { Documents = documents, Session = session };
    }

    private static bool Blocked(DiagnosticBag diagnostics, BuildOptions options) =>
        diagnostics.HasErrors || (options.WarningsAsErrors && diagnostics.Count > 0);
}
