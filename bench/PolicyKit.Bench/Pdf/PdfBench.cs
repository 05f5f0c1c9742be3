using System.Diagnostics;
using System.IO.Compression;
using System.Xml.Linq;
using PolicyKit.Rendering.Pdf;

namespace PolicyKit.Bench.Pdf;

/// <summary>
/// Converts every .docx under a folder with PolicyKit's PdfConverter, as a build would, and prints the wall time.
/// bench/pdf runs it beside plain 'soffice --convert-to pdf' on the same files.
/// </summary>
internal static class PdfBench
{
    private static readonly XNamespace DublinCore = "http://purl.org/dc/elements/1.1/";

    public static int Run(PdfBenchOptions options, TextWriter stdout, TextWriter stderr)
    {
        var inputRoot = Path.GetFullPath(options.InputRoot);
        var jobs = Directory.EnumerateFiles(inputRoot, "*.docx", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(docx => new PdfJob(docx, Path.Combine(Path.GetFullPath(options.OutputRoot), Path.ChangeExtension(Path.GetRelativePath(inputRoot, docx), ".pdf")), Title(docx)))
            .ToList();

        PdfConverter converter;
        try
        {
            converter = new PdfConverter(new LibreOfficeOptions { Instances = options.Instances, BatchSize = options.BatchSize });
        }
        catch (LibreOfficeUnavailableException ex)
        {
            stderr.WriteLine($"error: {ex.Message}");
            return BenchExitCodes.OutputFailed;
        }

        var clock = Stopwatch.StartNew();
        var failures = converter.ConvertAsync(jobs, null, CancellationToken.None).GetAwaiter().GetResult();
        clock.Stop();
        foreach (var failure in failures)
        {
            stderr.WriteLine($"{failure.Job.DocxPath}: error: {failure.Reason}");
        }

        stdout.WriteLine($"PolicyKit PdfConverter: {jobs.Count - failures.Count} of {jobs.Count} PDFs in {clock.Elapsed.TotalSeconds:0.00} s " +
            $"({options.Instances} instances, batches of up to {options.BatchSize})");
        return failures.Count == 0 ? BenchExitCodes.Success : BenchExitCodes.OutputFailed;
    }

    /// <summary>The title from the package's core properties, as the build knows it from the policy.</summary>
    private static string Title(string docx)
    {
        using var zip = ZipFile.OpenRead(docx);
        using var core = zip.GetEntry("docProps/core.xml")?.Open();
        return core is null ? "" : XDocument.Load(core).Root?.Element(DublinCore + "title")?.Value ?? "";
    }
}
