using PolicyKit.Model.Blocks;
using PolicyKit.Model.Numbering;
using PolicyKit.Tests.Support;

namespace PolicyKit.Tests.Model;

public sealed class ClauseNumbersTests : IDisposable
{
    private readonly TrustFixture _trust = new();

    public void Dispose() => _trust.Dispose();

    [Theory]
    [InlineData("alpha", "1. | a. | b. | i. | 2. | a.")]
    [InlineData("decimal", "1 | 1.1 | 1.2 | 1.2.1 | 2 | 2.1")]
    [InlineData("unnumbered", "- | - | - | - | - | -")]
    public void Headings_and_clauses_are_numbered_as_the_school_scheme_says(string scheme, string expected)
    {
        _trust.Write("schools/alder/school.yaml", TrustFixture.SchoolYaml + $"\nnumbering: {scheme}");
        var (compilation, diagnostics) = _trust.Compile();
        Assert.Empty(diagnostics);
        var document = compilation!.Documents.Single().Document;
        var numbers = ClauseNumbers.For(document);
        Assert.Equal(expected, string.Join(" | ", Numbered(document.Body).Select(n => numbers.Label(n) ?? "-")));
    }

    [Fact]
    public void Clause_letters_restart_after_each_section_and_run_past_z_as_Word_does()
    {
        var clauses = string.Join('\n', Enumerable.Range(1, 28).Select(i => $"1. Clause {i}. {{#c{i}}}"));
        _trust.Write("passwords.md", TrustFixture.PolicyMd + "\n\n# Many {#many}\n\n" + clauses + "\n");
        var document = _trust.Compile().Compilation!.Documents.Single().Document;
        var numbers = ClauseNumbers.For(document);
        var labels = Numbered(document.Body).Select(n => numbers.Label(n)).ToList();
        Assert.Equal(["3.", "a.", "b."], labels[6..9]);
        Assert.Equal(["z.", "aa.", "bb."], labels[^3..]);
    }

    private static IEnumerable<Node> Numbered(IEnumerable<Block> blocks)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case Heading heading:
                    yield return heading;
                    break;
                case ListBlock list:
                    foreach (var item in list.Items)
                    {
                        yield return item;
                        foreach (var nested in Numbered(item.Blocks))
                        {
                            yield return nested;
                        }
                    }

                    break;
            }
        }
    }
}
