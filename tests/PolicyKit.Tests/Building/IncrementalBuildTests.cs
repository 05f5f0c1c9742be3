using DocumentFormat.OpenXml.Packaging;
using PolicyKit.Generator.Building;
using PolicyKit.Model.Diagnostics;
using PolicyKit.Tests.Support;

namespace PolicyKit.Tests.Building;

/// <summary>Incremental builds: only outputs whose inputs changed are written, and no build leaves a false record.</summary>
public sealed class IncrementalBuildTests : IDisposable
{
    private readonly TrustFixture _trust = new();

    public IncrementalBuildTests()
    {
        _trust.Write("schools/birch/school.yaml", TrustFixture.SchoolYaml.Replace("id: alder", "id: birch").Replace("Alder School", "Birch School"));
        _trust.Write("screens.md", TrustFixture.PolicyMd.Replace("id: passwords", "id: screens").Replace("title: Passwords", "title: Screens"));
    }

    public void Dispose() => _trust.Dispose();

    [Fact]
    public void A_rebuild_with_nothing_changed_writes_nothing()
    {
        Assert.Equal(4, Build().Count);
        var before = Snapshot();
        var again = BuildResult();
        Assert.Empty(again.WrittenFiles);
        Assert.Equal(4, again.UpToDate);
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public void Changing_one_school_rebuilds_only_that_school()
    {
        Build();
        _trust.Write("schools/birch/school.yaml", TrustFixture.SchoolYaml.Replace("id: alder", "id: birch").Replace("Alder School", "Birch School").Replace("password-min-length: 6", "password-min-length: 9"));
        Assert.Equal(["birch/passwords.docx", "birch/screens.docx"], Build());
    }

    [Fact]
    public void Changing_a_trust_policy_rebuilds_it_for_every_school_and_nothing_else()
    {
        Build();
        _trust.Write("screens.md", TrustFixture.PolicyMd.Replace("id: passwords", "id: screens").Replace("title: Passwords", "title: Screens and displays"));
        Assert.Equal(["alder/screens.docx", "birch/screens.docx"], Build());
    }

    [Fact]
    public void Changing_a_school_override_rebuilds_that_one_document()
    {
        Build();
        _trust.Write("schools/alder/overrides/screens.yaml", "changes:\n  - remove: sharing-it\n");
        Assert.Equal(["alder/screens.docx"], Build());
    }

    [Fact]
    public void Changing_the_trust_rebuilds_everything()
    {
        Build();
        _trust.Write("trust.yaml", TrustFixture.TrustYaml.Replace("Test Learning Trust", "Test Learning Trust (renamed)"));
        Assert.Equal(4, Build().Count);
    }

    [Fact]
    public void With_every_format_a_changed_school_rebuilds_its_documents_pdfs_pages_and_index_only()
    {
        Assert.Equal(17, Build(formats: OutputFormats.All).Count);
        Assert.Empty(Build(formats: OutputFormats.All));
        _trust.Write("schools/birch/school.yaml", TrustFixture.SchoolYaml.Replace("id: alder", "id: birch").Replace("Alder School", "Birch Primary School"));
        Assert.Equal(
            ["birch/index.html", "birch/passwords.docx", "birch/passwords.html", "birch/passwords.pdf", "birch/screens.docx", "birch/screens.html", "birch/screens.pdf", "birch/statutory-policies.html", "index.html"],
            Build(formats: OutputFormats.All));
    }

    [Fact]
    public void Fail_on_warnings_still_sees_the_warnings_of_documents_that_are_up_to_date()
    {
        _trust.Write("screens.md", TrustFixture.PolicyMd.Replace("id: passwords", "id: screens") + "\n***\n");
        var lenient = new DiagnosticBag();
        Assert.NotNull(Run(new BuildOptions(_trust.Root, TrustFixture.Today) { OutputRoot = _trust.OutputRoot, Formats = OutputFormats.Docx }, lenient));
        Assert.Equal(DiagnosticCodes.UnsupportedMarkdown, Assert.Single(lenient).Code);

        var strict = new DiagnosticBag();
        Assert.Null(Run(new BuildOptions(_trust.Root, TrustFixture.Today) { OutputRoot = _trust.OutputRoot, WarningsAsErrors = true, Formats = OutputFormats.Docx }, strict));
        Assert.Equal(DiagnosticCodes.UnsupportedMarkdown, Assert.Single(strict).Code);
    }

    [Fact]
    public void Force_rebuilds_everything()
    {
        Build();
        Assert.Equal(4, Build(force: true).Count);
    }

    [Fact]
    public void A_deleted_or_edited_output_is_written_again()
    {
        Build();
        File.Delete(Output("alder/passwords.docx"));
        File.AppendAllText(Output("birch/screens.docx"), "tampered");
        Assert.Equal(["alder/passwords.docx", "birch/screens.docx"], Build());
    }

    [Fact]
    public void A_build_with_an_error_changes_no_output_and_no_record()
    {
        Build();
        var before = Snapshot();
        var manifest = File.ReadAllText(Output(".policykit-manifest.json"));
        _trust.Write("screens.md", TrustFixture.PolicyMd.Replace("id: passwords", "id: screens").Replace("{{ school.name }}", "{{ school.nmae }}"));
        var diagnostics = new DiagnosticBag();
        Assert.Null(Run(new BuildOptions(_trust.Root, TrustFixture.Today) { OutputRoot = _trust.OutputRoot, Formats = OutputFormats.Docx }, diagnostics));
        Assert.True(diagnostics.HasErrors);
        Assert.Equal(before, Snapshot());
        Assert.Equal(manifest, File.ReadAllText(Output(".policykit-manifest.json")));
    }

    [Fact]
    public void An_interrupted_build_leaves_only_complete_files_and_a_record_of_just_those()
    {
        using var cancellation = new CancellationTokenSource();
        var progress = new CancelAfterFirstWrite(cancellation);
        var options = new BuildOptions(_trust.Root, TrustFixture.Today) { OutputRoot = _trust.OutputRoot, MaxParallelism = 1, Formats = OutputFormats.Docx };
        Assert.ThrowsAny<OperationCanceledException>(() => BuildRunner.RunAsync(options, new DiagnosticBag(), progress, cancellation.Token).GetAwaiter().GetResult());

        var files = Directory.GetFiles(_trust.OutputRoot, "*", SearchOption.AllDirectories);
        Assert.DoesNotContain(files, f => f.EndsWith(".tmp", StringComparison.Ordinal));
        var documents = files.Where(f => f.EndsWith(".docx", StringComparison.Ordinal)).ToList();
        Assert.InRange(documents.Count, 1, 3);
        Assert.All(documents, path =>
        {
            using var document = WordprocessingDocument.Open(path, false);
            Assert.NotNull(document.MainDocumentPart?.Document?.Body);
        });

        // The next build finishes the job: it writes exactly the documents the interrupted one did not.
        var finished = Build();
        Assert.Equal(4 - documents.Count, finished.Count);
        Assert.Empty(Build());
    }

    private List<string> Build(bool force = false, OutputFormats formats = OutputFormats.Docx) =>
        BuildResult(force, formats).WrittenFiles.Select(f => Path.GetRelativePath(_trust.OutputRoot, f).Replace('\\', '/')).ToList();

    private BuildResult BuildResult(bool force = false, OutputFormats formats = OutputFormats.Docx)
    {
        var diagnostics = new DiagnosticBag();
        var result = Run(new BuildOptions(_trust.Root, TrustFixture.Today) { OutputRoot = _trust.OutputRoot, Force = force, Formats = formats }, diagnostics);
        Assert.Empty(diagnostics);
        return result!;
    }

    private static BuildResult? Run(BuildOptions options, DiagnosticBag diagnostics) =>
        BuildRunner.RunAsync(options, diagnostics, null, CancellationToken.None).GetAwaiter().GetResult();

    private string Output(string relativePath) => Path.Combine(_trust.OutputRoot, relativePath);

    private Dictionary<string, (long, DateTime)> Snapshot() =>
        Directory.GetFiles(_trust.OutputRoot, "*.docx", SearchOption.AllDirectories)
            .ToDictionary(f => f, f => (new FileInfo(f).Length, File.GetLastWriteTimeUtc(f)));

    private sealed class CancelAfterFirstWrite(CancellationTokenSource cancellation) : IProgress<BuildProgress>
    {
        public void Report(BuildProgress value)
        {
            if (value.Stage == BuildStage.Writing)
            {
                cancellation.Cancel();
            }
        }
    }
}
