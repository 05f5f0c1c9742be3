using System.Diagnostics;
using PolicyKit.Model.Diagnostics;

namespace PolicyKit.Generator.Building;

/// <summary>
/// Runs a build: checks every source first and writes nothing when anything has an error; otherwise writes only the
/// outputs whose inputs changed since the last build (all of them with <see cref="BuildOptions.Force"/>).
/// </summary>
public static class BuildRunner
{
    /// <returns>What was written, or null when errors (in <paramref name="diagnostics"/>) stopped the build before anything was written.</returns>
    public static async Task<BuildResult?> RunAsync(BuildOptions options, DiagnosticBag diagnostics, IProgress<BuildProgress>? progress, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();

        // Phase 1: load and check the sources; work out which outputs are out of date.
        progress?.Report(new BuildProgress(BuildStage.Checking, 0, 1));
        var session = BuildSession.Open(options, diagnostics);
        if (session is null || diagnostics.HasErrors)
        {
            return null;
        }

        var manifest = BuildManifest.Load(options.OutputRoot);
        var plans = OutputPlanner.Plan(session, manifest, options);
        var stale = plans.Where(p => p.Stale != OutputFormats.None).ToList();

        // Phase 2: model and render every stale document in memory; any error stops the build here.
        var rendered = DocumentRendering.Render(session, stale, options, diagnostics, progress, cancellationToken);
        if (diagnostics.HasErrors)
        {
            return null;
        }

        // Phase 3: write the files, then the manifest that vouches for them. It is saved even when the build is
        // interrupted, and then lists only the files that were completed.
        List<string> written;
        try
        {
            written = OutputWriter.Write(rendered.OfType<RenderedDocument>(), manifest, options, progress, cancellationToken);
        }
        finally
        {
            if (stale.Count > 0)
            {
                manifest.Save(options.OutputRoot);
            }
        }

        await Task.CompletedTask.ConfigureAwait(false);
        var upToDate = plans.Sum(p => CountFormats(options.Formats & ~p.Stale));
        return new BuildResult(written.Select(f => Path.Combine(options.OutputRoot, f)).Order(StringComparer.Ordinal).ToList(), upToDate, clock.Elapsed);
    }

    private static int CountFormats(OutputFormats formats) => int.PopCount((int)formats);
}
