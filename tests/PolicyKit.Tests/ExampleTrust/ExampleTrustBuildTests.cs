using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using PolicyKit.Generator.Building;
using PolicyKit.Model.Diagnostics;
using PolicyKit.Tests.Support;

namespace PolicyKit.Tests.ExampleTrust;

/// <summary>Builds the example trust in policies/ once and checks every document it produces.</summary>
public sealed class ExampleTrustBuildTests : IClassFixture<ExampleTrustBuildTests.Built>
{
    private readonly Built _built;

    public ExampleTrustBuildTests(Built built) => _built = built;

    [Fact]
    public void The_example_trust_validates_without_errors_or_warnings()
    {
        Assert.Empty(_built.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Every_school_gets_every_policy()
    {
        var compilation = _built.Compilation;
        Assert.True(compilation.Sources.Schools.Count >= 3);
        Assert.True(compilation.Sources.Policies.Count >= 4);
        Assert.Equal(compilation.Sources.Schools.Count * compilation.Sources.Policies.Count, _built.Result.WrittenFiles.Count);
        Assert.All(compilation.Documents, d => Assert.True(File.Exists(_built.PathOf(d))));
    }

    [Fact]
    public void The_example_uses_all_three_numbering_schemes()
    {
        var schemes = _built.Compilation.Documents.Select(d => d.Document.Info.NumberingScheme).Distinct().Count();
        Assert.Equal(3, schemes);
    }

    [Fact]
    public void Every_document_passes_the_Open_XML_validator()
    {
        var validator = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Microsoft365);
        Assert.All(_built.Compilation.Documents, planned =>
        {
            using var document = WordprocessingDocument.Open(_built.PathOf(planned), false);
            var errors = validator.Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
            Assert.True(errors.Count == 0, $"{planned.RelativePath(OutputFormats.Docx)}:\n{string.Join('\n', errors.Take(10))}");
        });
    }

    [Fact]
    public void Every_clause_of_the_expanded_source_appears_in_order_and_no_template_is_left()
    {
        Assert.All(_built.Compilation.Documents, planned =>
        {
            var paragraphs = DocxText.Paragraphs(_built.PathOf(planned));
            Assert.DoesNotContain(paragraphs, p => p.Contains("{{", StringComparison.Ordinal) || p.Contains("}}", StringComparison.Ordinal));
            var position = 0;
            foreach (var expected in DocxText.Expected(planned.Document.Body))
            {
                var found = paragraphs.FindIndex(position, p => p.Contains(expected, StringComparison.Ordinal));
                Assert.True(found >= 0, $"{planned.RelativePath(OutputFormats.Docx)}: '{expected}' not found after paragraph {position}.");
                position = found + 1;
            }
        });
    }

    [Fact]
    public void School_settings_and_role_holders_reach_each_school_document()
    {
        var bySchool = _built.Compilation.Documents.Where(d => d.Policy.Id == "information-security").ToList();
        Assert.All(bySchool, planned =>
        {
            var text = string.Join('\n', DocxText.Paragraphs(_built.PathOf(planned)));
            var settings = _built.Compilation.Sources.SettingsFor(planned.School);
            var roles = _built.Compilation.Sources.RolesFor(planned.School);
            Assert.Contains($"{settings["password-min-length"].Value} characters", text, StringComparison.Ordinal);
            Assert.Contains(roles["it-provider"].Name, text, StringComparison.Ordinal);
            Assert.Contains(planned.School.Name, text, StringComparison.Ordinal);
        });
        var lengths = bySchool.Select(d => _built.Compilation.Sources.SettingsFor(d.School)["password-min-length"].Value).Distinct().Count();
        Assert.True(lengths > 1, "the example should show schools with different password lengths");
    }

    [Fact]
    public void Building_twice_gives_byte_identical_files()
    {
        using var second = new Built();
        Assert.All(_built.Compilation.Documents, planned =>
            Assert.True(
                File.ReadAllBytes(_built.PathOf(planned)).AsSpan().SequenceEqual(File.ReadAllBytes(second.PathOf(planned))),
                $"{planned.RelativePath(OutputFormats.Docx)} differs between two builds"));
    }

    public sealed class Built : IDisposable
    {
        public Built()
        {
            Output = Path.Combine(Path.GetTempPath(), "policykit-example-" + Guid.NewGuid().ToString("N"));
            var options = new BuildOptions(RepositoryPaths.Policies, new DateOnly(2026, 11, 23)) { OutputRoot = Output, Formats = OutputFormats.Docx };
            Diagnostics = new DiagnosticBag();
            Compilation = Compiler.Compile(options, new DiagnosticBag(), CancellationToken.None)!;
            Result = BuildRunner.RunAsync(options, Diagnostics, null, CancellationToken.None).GetAwaiter().GetResult()
                ?? throw new InvalidOperationException(string.Join('\n', Diagnostics));
        }

        public string Output { get; }

        public DiagnosticBag Diagnostics { get; }

        internal Compilation Compilation { get; }

        public BuildResult Result { get; }

        internal string PathOf(CompiledDocument planned) => Path.Combine(Output, planned.RelativePath(OutputFormats.Docx));

        public void Dispose() => Directory.Delete(Output, recursive: true);
    }
}
