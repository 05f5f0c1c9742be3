using PolicyKit.Generator.Building;
using PolicyKit.Import;
using PolicyKit.Model.Diagnostics;
using PolicyKit.Tests.Import.Support;
using PolicyKit.Tests.Support;

namespace PolicyKit.Tests.Import;

/// <summary>
/// A school's own copy of a trust policy, imported with <c>--school</c>, becomes that school's override: the changes
/// that turn the trust's text into the school's. Oakhurst's online safety document, which its override changes in two
/// places, is imported back and must give those two changes and the same document.
/// </summary>
public sealed class SchoolOverrideImportTests : IDisposable
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private readonly string _root = Directory.CreateTempSubdirectory("policykit-override-import-").FullName;

    public SchoolOverrideImportTests()
    {
        CliRun.CopyFolder(RepositoryPaths.Policies, Policies);
        CliRun.CopyFolder(Path.Combine(RepositoryPaths.Root, "templates"), Path.Combine(_root, "templates"));
    }

    private string Policies => Path.Combine(_root, "policies");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task A_schools_document_imported_for_that_school_gives_back_its_changes_and_the_same_document()
    {
        var overridePath = Path.Combine(Policies, "schools", "oakhurst", "overrides", "online-safety.yaml");
        var original = Path.Combine(_root, "original");
        await Build(original, "oakhurst");
        File.Delete(overridePath);

        var outcome = PolicyImport.File(new ImportRequest(Policies, Path.Combine(original, "oakhurst", "online-safety.docx"), "online-safety", Today) { SchoolId = "oakhurst" });

        Assert.False(outcome.Failed, string.Join('\n', outcome.Diagnostics));
        Assert.Equal(overridePath, outcome.WrittenPath);
        var written = File.ReadAllText(overridePath);
        Assert.Contains("  - replace: pupil-ai\n", written, StringComparison.Ordinal);
        Assert.Contains("  - add-after: parents-support\n", written, StringComparison.Ordinal);
        Assert.Contains("{{ school.name }}", written, StringComparison.Ordinal);
        Assert.Contains("\nratified: 2026-09-29\n", written, StringComparison.Ordinal);
        Assert.Equal(2, written.Split("\n  - ").Length - 1);

        var rebuilt = Path.Combine(_root, "rebuilt");
        await Build(rebuilt, "oakhurst");
        var before = Path.Combine(original, "oakhurst", "online-safety.docx");
        var after = Path.Combine(rebuilt, "oakhurst", "online-safety.docx");
        Assert.Equal(1.0, WordRecall.OrderedWordRecall(Text(before), Text(after)));
        Assert.Equal(1.0, WordRecall.OrderedWordRecall(Text(after), Text(before)));
        Assert.Null(ClauseTree.FirstDifference(ClauseTree.FromDocx(before), ClauseTree.FromDocx(after)));
    }

    [Fact]
    public async Task A_school_that_takes_the_trusts_text_as_it_is_gets_an_override_with_no_changes()
    {
        var original = Path.Combine(_root, "original");
        await Build(original, "millbrook");

        var outcome = PolicyImport.File(new ImportRequest(Policies, Path.Combine(original, "millbrook", "online-safety.docx"), "online-safety", Today) { SchoolId = "millbrook" });

        Assert.False(outcome.Failed, string.Join('\n', outcome.Diagnostics));
        var written = File.ReadAllText(Path.Combine(Policies, "schools", "millbrook", "overrides", "online-safety.yaml"));
        Assert.Contains("changes: []", written, StringComparison.Ordinal);
        Assert.DoesNotContain("ratified:", written, StringComparison.Ordinal);
    }

    private async Task Build(string output, string school)
    {
        var diagnostics = new DiagnosticBag();
        var options = new BuildOptions(Policies, Today) { OutputRoot = output, Formats = OutputFormats.Docx, Schools = [school], Policies = ["online-safety"] };
        var result = await BuildRunner.RunAsync(options, diagnostics, null, CancellationToken.None);
        Assert.True(result is not null && !diagnostics.HasErrors, string.Join('\n', diagnostics));
    }

    private static string Text(string docx) => string.Join('\n', DocxText.Paragraphs(docx));
}
