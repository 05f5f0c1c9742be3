using System.Diagnostics;
using PolicyKit.Model.Diagnostics;
using PolicyKit.Rendering.Docx;

namespace PolicyKit.Generator.Building;

/// <summary>Checks everything first; only when there is no error anywhere does it write the documents, each atomically.</summary>
public static class BuildRunner
{
    /// <returns>The files written, or null when errors (in <paramref name="diagnostics"/>) stopped the build before anything was written.</returns>
    public static BuildResult? Run(BuildOptions options, DiagnosticBag diagnostics, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var session = BuildSession.Open(options, diagnostics);
        if (session is null)
        {
            return null;
        }

        // Phase 1: model and render each document in memory. Models are dropped as soon as they are rendered,
        // so memory holds finished files (tens of KB each), not thousands of models.
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxParallelism, CancellationToken = cancellationToken };
        var rendered = new (string Path, byte[] Bytes)?[session.Targets.Count];
        Parallel.For(0, rendered.Length, parallel, i =>
        {
            var (school, policy) = session.Targets[i];
            var planned = session.Plan(school, policy);
            if (planned is null || diagnostics.HasErrors)
            {
                return;
            }

            using var buffer = new MemoryStream(32 * 1024);
            DocxRenderer.Render(planned.Document, buffer, new DocxRenderOptions { ReferenceDocument = planned.ReferenceDocument });
            rendered[i] = (Path.Combine(options.OutputRoot, planned.RelativePath("docx")), buffer.ToArray());
        });

        if (diagnostics.HasErrors)
        {
            return null;
        }

        // Phase 2: nothing had an error, so write every file.
        Parallel.ForEach(rendered.OfType<(string Path, byte[] Bytes)>(), parallel, file =>
        {
            AtomicFile.Write(file.Path, stream => stream.Write(file.Bytes));
            progress?.Report(file.Path);
        });

        var written = rendered.OfType<(string Path, byte[] Bytes)>().Select(f => f.Path).Order(StringComparer.Ordinal).ToList();
        return new BuildResult(written, clock.Elapsed);
    }
}
