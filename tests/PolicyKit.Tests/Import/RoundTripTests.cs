using PolicyKit.Generator.Building;
using PolicyKit.Import;
using PolicyKit.Model.Diagnostics;
using PolicyKit.Tests.Import.Support;
using PolicyKit.Tests.Support;

namespace PolicyKit.Tests.Import;

/// <summary>
/// Importing a document PolicyKit built and building it again gives the same document: every word in order, and the
/// same headings, clauses and sub-clauses with the same ids. Each example policy at each school, so each numbering
/// scheme (Millbrook alpha, Oakhurst decimal, Larkfield and Ashcombe unnumbered) is imported.
/// Two parts of a source are not in its document, so the import cannot read them: a policy's own <c>layout:</c> (its
/// cover's subtitle, its details table's labels, a sentence before the contents, its review history's title and
/// columns, who signs), which the document shows but does not state, and the statements of an <c>acceptance:</c>,
/// which people sign on the sign-off service rather than in the document. Both are copied from the original into the
/// imported source before it is built again; everything they print from the rest of the front matter (dates, versions
/// and their labels, the owner, the review cycle, who approves it) must then come from what the import read.
/// </summary>
public sealed class RoundTripTests : IDisposable
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private readonly string _root = Directory.CreateTempSubdirectory("policykit-roundtrip-").FullName;

    public RoundTripTests()
    {
        // trust.yaml names the reference document as ../templates/reference.docx, so the copy keeps the two side by side.
        CliRun.CopyFolder(RepositoryPaths.Policies, Policies);
        CliRun.CopyFolder(Path.Combine(RepositoryPaths.Root, "templates"), Path.Combine(_root, "templates"));
    }

    private string Policies => Path.Combine(_root, "policies");

    public static TheoryData<string> Schools() => ["millbrook", "oakhurst", "larkfield-ashcombe"];

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Theory]
    [MemberData(nameof(Schools))]
    public async Task Every_example_policy_imported_and_built_again_gives_the_same_text_and_clause_tree(string school)
    {
        var original = Path.Combine(_root, "original");
        await Build(original, school, policies: []);
        var ids = Directory.EnumerateFiles(RepositoryPaths.Policies, "*.md").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(ids);

        var imported = new List<string>();
        foreach (var id in ids)
        {
            var outcome = PolicyImport.File(new ImportRequest(Policies, Path.Combine(original, school, id + ".docx"), id + "-imported", Today) { SchoolId = school });
            Assert.False(outcome.Failed, $"{id}: {string.Join('\n', outcome.Diagnostics)}");
            if (HasOwnLayout(id))
            {
                // The parts its layout prints (extra rows, a sentence before the contents) are text the importer cannot
                // tell from the author's: it keeps them, each with a warning at its place, rather than drop them.
                Assert.Contains(outcome.Diagnostics, d => d.Code is "PK1320" or "PK1321");
            }

            FrontMatterBlocks.CopyInto(Path.Combine(RepositoryPaths.Policies, id + ".md"), Path.Combine(Policies, id + "-imported.md"), "layout", "acceptance");
            imported.Add(id + "-imported");
        }

        var rebuilt = Path.Combine(_root, "rebuilt");
        await Build(rebuilt, school, imported);
        Assert.All(ids, id =>
        {
            var before = Path.Combine(original, school, id + ".docx");
            var after = Path.Combine(rebuilt, school, id + "-imported.docx");
            var recall = WordRecall.OrderedWordRecall(Text(before), Text(after));
            Assert.True(recall == 1.0, $"{school}/{id}: ordered word recall {recall:0.0000}");

            // And nothing added (the kept parts of a policy's own layout aside, above): the rebuilt document's words are all the original's, in order.
            var added = WordRecall.OrderedWordRecall(Text(after), Text(before));
            Assert.True(added == 1.0 || HasOwnLayout(id), $"{school}/{id}: the rebuilt document has words the original has not (reverse recall {added:0.0000})");
            Assert.True(ClauseTree.FirstDifference(ClauseTree.FromDocx(before), ClauseTree.FromDocx(after)) is null, $"{school}/{id}: {ClauseTree.FirstDifference(ClauseTree.FromDocx(before), ClauseTree.FromDocx(after))}");
        });
    }

    private static bool HasOwnLayout(string? id) =>
        File.ReadLines(Path.Combine(RepositoryPaths.Policies, id + ".md")).TakeWhile((line, n) => n == 0 || line != "---").Any(line => line.StartsWith("layout:", StringComparison.Ordinal));

    private async Task Build(string output, string school, IReadOnlyList<string> policies)
    {
        var diagnostics = new DiagnosticBag();
        var options = new BuildOptions(Policies, Today) { OutputRoot = output, Formats = OutputFormats.Docx, Schools = [school], Policies = policies };
        var result = await BuildRunner.RunAsync(options, diagnostics, null, CancellationToken.None);
        Assert.True(result is not null && !diagnostics.HasErrors, string.Join('\n', diagnostics));
    }

    private static string Text(string docx) => string.Join('\n', DocxText.Paragraphs(docx));
}
