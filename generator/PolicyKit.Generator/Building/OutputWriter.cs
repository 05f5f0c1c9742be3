using System.Text;

namespace PolicyKit.Generator.Building;

/// <summary>Writes rendered outputs, each atomically, and records each in the manifest once it is in place.</summary>
internal static class OutputWriter
{
    public static List<string> Write(IEnumerable<RenderedDocument> documents, BuildManifest manifest, BuildOptions options, IProgress<BuildProgress>? progress, CancellationToken cancellationToken)
    {
        var files = documents.SelectMany(Files).ToList();
        var done = 0;
        Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = options.MaxParallelism, CancellationToken = cancellationToken }, file =>
        {
            AtomicFile.Write(OutputPaths.OnDisk(options.OutputRoot, file.RelativePath), stream => stream.Write(file.Bytes));
            manifest.Record(options.OutputRoot, file.RelativePath, OutputPlan.FormatHash(file.Plan.InputHash, file.Format, options.Formats), BuildManifest.Sha256Of(file.Bytes));
            progress?.Report(new BuildProgress(BuildStage.Writing, Interlocked.Increment(ref done), files.Count, file.RelativePath));
        });

        return files.Select(f => f.RelativePath).ToList();
    }

    private static IEnumerable<(OutputPlan Plan, OutputFormats Format, string RelativePath, byte[] Bytes)> Files(RenderedDocument document)
    {
        if (document.Docx is { } docx)
        {
            yield return (document.Plan, OutputFormats.Docx, document.Plan.RelativePath(OutputFormats.Docx), docx);
        }

        if (document.Html is { } html)
        {
            yield return (document.Plan, OutputFormats.Html, document.Plan.RelativePath(OutputFormats.Html), Encoding.UTF8.GetBytes(html));
        }
    }
}
