using System.Diagnostics;
using PolicyKit.Generator.Building;
using PolicyKit.Model.Diagnostics;
using PolicyKit.Rendering.Pdf;
using PolicyKit.Tests.Support;

namespace PolicyKit.Tests.Rendering.Pdf;

/// <summary>
/// The example trust built to .docx in a temporary folder and converted to PDF once, for every test to look at.
/// Without LibreOffice the fixture throws <see cref="LibreOfficeUnavailableException"/>, whose message has the
/// install command: these tests fail rather than skip, because CI installs LibreOffice.
/// </summary>
public sealed class ConvertedExampleTrust : IAsyncLifetime
{
    public string Root { get; } = Path.Combine(Path.GetTempPath(), "policykit-pdf-tests-" + Guid.NewGuid().ToString("N"));

    /// <summary>Where the instances keep their profiles, so a test can look for processes left behind.</summary>
    public string WorkRoot => Path.Combine(Root, "work");

    internal Compilation Compilation { get; private set; } = null!;

    public IReadOnlyList<PdfFailure> Failures { get; private set; } = [];

    public TimeSpan Elapsed { get; private set; }

    internal string DocxPath(CompiledDocument planned) => Path.Combine(Root, "docx", planned.RelativePath(OutputFormats.Docx));

    internal string PdfPath(CompiledDocument planned) => Path.Combine(Root, "pdf", planned.RelativePath(OutputFormats.Pdf));

    public async Task InitializeAsync()
    {
        var options = new BuildOptions(RepositoryPaths.Policies, new DateOnly(2026, 11, 23)) { OutputRoot = Path.Combine(Root, "docx"), Formats = OutputFormats.Docx };
        var diagnostics = new DiagnosticBag();
        Compilation = Compiler.Compile(options, new DiagnosticBag(), CancellationToken.None)
            ?? throw new InvalidOperationException("The example trust does not compile.");
        _ = await BuildRunner.RunAsync(options, diagnostics, null, CancellationToken.None)
            ?? throw new InvalidOperationException(string.Join('\n', diagnostics));

        Directory.CreateDirectory(WorkRoot);
        var converter = new PdfConverter(new LibreOfficeOptions { TemporaryRoot = WorkRoot });
        var jobs = Compilation.Documents.Select(d => new PdfJob(DocxPath(d), PdfPath(d), d.Document.Info.Title)).ToList();
        var clock = Stopwatch.StartNew();
        Failures = await converter.ConvertAsync(jobs, null, CancellationToken.None);
        Elapsed = clock.Elapsed;
    }

    public Task DisposeAsync()
    {
        Directory.Delete(Root, recursive: true);
        return Task.CompletedTask;
    }
}
