using System.IO.Compression;
using PolicyKit.Rendering.Pdf;
using PolicyKit.Tests.Support;

namespace PolicyKit.Tests.Rendering.Pdf;

/// <summary>Bad inputs, bad outputs, timeouts, cancellation and a missing LibreOffice.</summary>
public sealed class PdfConverterFailureTests : IClassFixture<PdfConverterFailureTests.GoodDocument>, IDisposable
{
    private readonly GoodDocument _good;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "policykit-pdf-failures-" + Guid.NewGuid().ToString("N"));

    public PdfConverterFailureTests(GoodDocument good)
    {
        _good = good;
        Directory.CreateDirectory(Work);
    }

    private string Work => Path.Combine(_folder, "work");

    [Fact]
    public async Task Damaged_inputs_fail_and_leave_no_file_while_good_jobs_in_the_same_batch_succeed()
    {
        var random = Write("random.docx", RandomBytes(20_000));
        var truncated = Write("truncated.docx", File.ReadAllBytes(_good.Docx)[..(int)(new FileInfo(_good.Docx).Length / 2)]);
        var garbled = Write("garbled.docx", WithPart(_good.Docx, "word/document.xml", "this is not XML <"));
        var jobs = new[] { Job(_good.Docx, "first.pdf"), Job(random, "random.pdf"), Job(truncated, "truncated.pdf"), Job(garbled, "garbled.pdf"), Job(_good.Docx, "last.pdf") };

        var failures = await Converter(new LibreOfficeOptions { Instances = 1 }).ConvertAsync(jobs, null, CancellationToken.None);

        Assert.Equal([jobs[1], jobs[2], jobs[3]], failures.Select(f => f.Job));
        Assert.All(failures, f => Assert.DoesNotContain("   at ", f.Reason, StringComparison.Ordinal));
        Assert.Contains("not a Word document", failures[0].Reason, StringComparison.Ordinal);
        Assert.Contains("not a Word document", failures[1].Reason, StringComparison.Ordinal);
        Assert.Equal(["first.pdf", "last.pdf"], Directory.GetFiles(Path.Combine(_folder, "out")).Select(Path.GetFileName).Order());
        Assert.Empty(LibreOfficeProcesses.Mentioning(Work));
    }

    [Fact]
    public async Task A_failed_conversion_leaves_an_existing_PDF_untouched()
    {
        var target = Job(_good.Docx, "kept.pdf");
        Assert.Empty(await Converter(new LibreOfficeOptions()).ConvertAsync([target], null, CancellationToken.None));
        var before = File.ReadAllBytes(target.PdfPath);
        var random = Write("random.docx", RandomBytes(5_000));

        var failures = await Converter(new LibreOfficeOptions { Instances = 1 }).ConvertAsync(
            [target with { DocxPath = random }, target with { ExpectedTitle = "Another title" }], null, CancellationToken.None);

        Assert.Equal(2, failures.Count);
        Assert.Equal("the PDF's title is 'Passwords', not 'Another title'", failures[1].Reason);
        Assert.Equal(before, File.ReadAllBytes(target.PdfPath));
        Assert.Equal(["kept.pdf"], Directory.GetFiles(Path.Combine(_folder, "out")).Select(Path.GetFileName));
    }

    [Fact]
    public async Task A_batch_that_runs_out_of_time_fails_its_jobs_and_stops_LibreOffice()
    {
        var jobs = new[] { Job(_good.Docx, "a.pdf"), Job(_good.Docx, "b.pdf") };

        var failures = await Converter(new LibreOfficeOptions { BatchTimeout = TimeSpan.FromMilliseconds(1) }).ConvertAsync(jobs, null, CancellationToken.None);

        Assert.Equal(jobs, failures.Select(f => f.Job));
        Assert.All(failures, f => Assert.StartsWith("LibreOffice did not finish within 1 ms", f.Reason, StringComparison.Ordinal));
        Assert.False(Directory.Exists(Path.Combine(_folder, "out")) && Directory.EnumerateFiles(Path.Combine(_folder, "out")).Any());
        Assert.Empty(LibreOfficeProcesses.Mentioning(Work));
        Assert.Empty(Directory.EnumerateFileSystemEntries(Work));
    }

    [Fact]
    public async Task Cancelling_stops_every_LibreOffice_instance()
    {
        var jobs = Enumerable.Range(0, 6).Select(i => Job(_good.Docx, $"{i}.pdf")).ToList();
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Converter(new LibreOfficeOptions()).ConvertAsync(jobs, null, cancellation.Token));

        Assert.Empty(LibreOfficeProcesses.Mentioning(Work));
        var output = Path.Combine(_folder, "out");
        Assert.DoesNotContain(Directory.Exists(output) ? Directory.GetFiles(output) : [], f => f.EndsWith(".tmp.pdf", StringComparison.Ordinal));
        Assert.Empty(Directory.EnumerateFileSystemEntries(Work));
    }

    [Fact]
    public void A_missing_soffice_is_reported_with_the_install_command()
    {
        var error = Assert.Throws<LibreOfficeUnavailableException>(() => new PdfConverter(new LibreOfficeOptions { SofficePath = "/nonexistent/soffice" }));

        Assert.Contains("/nonexistent/soffice", error.Message, StringComparison.Ordinal);
        Assert.Contains(LibreOffice.InstallHint, error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private PdfConverter Converter(LibreOfficeOptions options) => new(new LibreOfficeOptions
    {
        Instances = options.Instances,
        BatchSize = options.BatchSize,
        BatchTimeout = options.BatchTimeout,
        TemporaryRoot = Work,
    });

    private PdfJob Job(string docx, string pdf) => new(docx, Path.Combine(_folder, "out", pdf), GoodDocument.Title);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static byte[] RandomBytes(int count)
    {
        var bytes = new byte[count];
        new Random(20261123).NextBytes(bytes);
        return bytes;
    }

    private static byte[] WithPart(string docx, string part, string content)
    {
        using var buffer = new MemoryStream();
        buffer.Write(File.ReadAllBytes(docx));
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry(part)!.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(part).Open());
            writer.Write(content);
        }

        return buffer.ToArray();
    }

    /// <summary>One small policy (title "Passwords") built to .docx once for these tests.</summary>
    public sealed class GoodDocument : IDisposable
    {
        public const string Title = "Passwords";
        private readonly TrustFixture _trust = new();

        public GoodDocument()
        {
            var (result, diagnostics) = _trust.Build();
            Docx = result?.WrittenFiles.Single() ?? throw new InvalidOperationException(string.Join('\n', diagnostics));
        }

        public string Docx { get; }

        public void Dispose() => _trust.Dispose();
    }
}
