using System.Collections.Concurrent;
using System.Diagnostics;
using PolicyKit.Model.Diagnostics;
using PolicyKit.Rendering.Docx;

namespace PolicyKit.Generator.Building;

/// <summary>Validates everything first; only when there is no error, renders every document and writes it atomically.</summary>
public static class BuildRunner
{
    /// <returns>The files written, or null when errors (in <paramref name="diagnostics"/>) stopped the build before anything was written.</returns>
    public static BuildResult? Run(BuildOptions options, DiagnosticBag diagnostics, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var compilation = Compiler.Compile(options, diagnostics, cancellationToken);
        if (compilation is null || diagnostics.HasErrors)
        {
            return null;
        }

        var written = new ConcurrentBag<string>();
        Parallel.ForEach(compilation.Documents, new ParallelOptions { MaxDegreeOfParallelism = options.MaxParallelism, CancellationToken = cancellationToken }, planned =>
        {
            var path = Path.Combine(options.OutputRoot, planned.RelativePath("docx"));
            AtomicFile.Write(path, stream => DocxRenderer.Render(planned.Document, stream, new DocxRenderOptions { ReferenceDocument = planned.ReferenceDocument }));
            written.Add(path);
            progress?.Report(path);
        });

        return new BuildResult(written.Order(StringComparer.Ordinal).ToList(), clock.Elapsed);
    }
}
