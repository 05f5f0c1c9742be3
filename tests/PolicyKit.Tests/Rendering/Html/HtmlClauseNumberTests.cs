using PolicyKit.Model.Blocks;
using PolicyKit.Model.Document;
using PolicyKit.Rendering.Html;
using PolicyKit.Tests.Support;
using static PolicyKit.Tests.Rendering.Html.HtmlTestDocuments;

namespace PolicyKit.Tests.Rendering.Html;

/// <summary>The web page shows the numbers the Word document shows, and every clause id is an anchor.</summary>
public sealed class HtmlClauseNumberTests : IDisposable
{
    private static readonly HtmlPageLinks Links = new(null, "passwords.docx", null);

    private readonly TrustFixture _trust = new();

    public void Dispose() => _trust.Dispose();

    [Theory]
    [InlineData("alpha")]
    [InlineData("decimal")]
    [InlineData("unnumbered")]
    public void Headings_and_clauses_show_the_model_numbering_label_and_carry_their_id(string scheme)
    {
        _trust.Write("schools/alder/school.yaml", TrustFixture.SchoolYaml + $"\nnumbering: {scheme}");
        var (compilation, diagnostics) = _trust.Compile();
        Assert.Empty(diagnostics);
        var document = compilation!.Documents.Single().Document;
        var numbers = document.Numbering;
        var page = HtmlTree.Parse(HtmlRenderer.Render(document, Links));

        foreach (var node in Nodes(document.Body).Where(n => n.Id is not null))
        {
            var element = page.ById(node.Id!);
            Assert.True(element is not null, $"no element with id '{node.Id}'");
            var shown = element.Elements.FirstOrDefault(e => e.HasClass("clause-number") || e.HasClass("heading-number"))?.Text;
            Assert.Equal(numbers.Label(node), shown);
        }
    }

    [Fact]
    public void Unnumbered_scheme_writes_top_level_clauses_as_paragraphs_and_sub_clauses_as_bullets()
    {
        var document = With(
            [Heading(1, "Passwords"), Clauses(Item("Length.", "length"), Item("Sharing.", "sharing", Clauses(Item("Not even IT.", "sharing-it"))))],
            Info(NumberingScheme.Unnumbered));
        var page = HtmlTree.Parse(HtmlRenderer.Render(document, Links));

        Assert.Equal(("p", "clause"), (page.ById("length")!.Name, page.ById("length")!["class"]));
        Assert.Equal("p", page.ById("sharing")!.Name);
        var sub = page.ById("sharing-it")!;
        Assert.Equal(("li", "bullets"), (sub.Name, sub.Parent!["class"]));
        Assert.DoesNotContain(page.Descendants("ol"), o => o.HasClass("clauses"));
        Assert.DoesNotContain(page.Descendants("span"), s => s.HasClass("clause-number") || s.HasClass("heading-number"));
    }

    [Fact]
    public void Clause_lists_are_ordered_lists_with_a_hanging_column_as_wide_as_their_longest_number()
    {
        var items = Enumerable.Range(1, 12).Select(i => Item($"Clause {i}.", $"c{i}")).ToArray();
        var document = With([Heading(1, "One"), Clauses(items)], Info(NumberingScheme.Decimal));
        var page = HtmlTree.Parse(HtmlRenderer.Render(document, Links));

        var list = Assert.Single(page.Descendants("ol"), o => o.HasClass("clauses"));
        Assert.Equal("clauses label-4", list["class"]);
        Assert.Equal("1.12", page.ById("c12")!.Elements.First().Text);
        Assert.StartsWith("1.12 Clause 12.", page.ById("c12")!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_prefixed_policy_shows_its_number_before_sections_clauses_and_contents_entries()
    {
        var document = With([Heading(1, "Passwords", "pw"), Clauses(Item("Length.", "length")), Heading(2, "Sharing", "sh")], Info(NumberingScheme.Decimal) with { PolicyNumber = 7 });
        var page = HtmlTree.Parse(HtmlRenderer.Render(document, Links));

        Assert.Equal("7.1.1", page.ById("length")!.Elements.First().Text);
        var nav = page.Descendants("nav").Single(n => n["aria-label"] == "Contents");
        Assert.Equal(["7.1 Passwords", "7.1.2 Sharing"], nav.Descendants("a").Select(a => a.Text).Take(2));
    }

    [Fact]
    public void A_plain_numbered_list_is_an_ordered_list_whose_items_count_from_1_inside_a_clause()
    {
        var document = With(
            [Heading(1, "One"), Clauses(Item("Clause.", "clause", Numbered(Item("First step.", "first"), Item("Second step.", "second")))), Clauses(Item("Next clause.", "next"))],
            Info(NumberingScheme.Decimal));
        var page = HtmlTree.Parse(HtmlRenderer.Render(document, Links));

        var list = page.ById("first")!.Parent!;
        Assert.Equal(("ol", "clauses plain label-2"), (list.Name, list["class"]));
        Assert.Equal(["1.", "2."], new[] { "first", "second" }.Select(id => page.ById(id)!.Elements.First(e => e.HasClass("clause-number")).Text));
        Assert.Equal("1.2", page.ById("next")!.Elements.First().Text);
    }

    [Fact]
    public void Contents_lists_level_one_and_two_headings_with_their_numbers()
    {
        var document = With(
            [Heading(1, "Passwords", "pw"), Heading(2, "Length"), Heading(3, "Deep"), Heading(1, "Reporting")],
            Info(NumberingScheme.Decimal));
        var page = HtmlTree.Parse(HtmlRenderer.Render(document, Links));

        var nav = page.Descendants("nav").Single(n => n["aria-label"] == "Contents");
        var entries = nav.Descendants("a").Select(a => (a.Text, a["href"])).ToList();
        Assert.Equal([("1 Passwords", "#pw"), ("1.1 Length", "#length"), ("2 Reporting", "#reporting"), ("Policy review dates and changes", "#review-history")], entries);
        Assert.Equal("h4", page.ById("deep")!.Name);
    }

    [Fact]
    public void Page_ids_never_collide_with_clause_ids()
    {
        var document = With([Clauses(Item("A clause called main.", "main"), Item("And one called signed.", "signed"))]);
        var page = HtmlTree.Parse(HtmlRenderer.Render(document, Links));

        var ids = page.Descendants().Select(e => e["id"]).OfType<string>().ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal("li", page.ById("main")!.Name);
        Assert.Equal("main", page.ById("main-2")!.Name);
    }

    private static IEnumerable<Node> Nodes(IEnumerable<Block> blocks)
    {
        foreach (var block in blocks)
        {
            yield return block;
            if (block is ListBlock list)
            {
                foreach (var node in list.Items.SelectMany(item => Nodes(item.Blocks).Prepend(item)))
                {
                    yield return node;
                }
            }
        }
    }
}
