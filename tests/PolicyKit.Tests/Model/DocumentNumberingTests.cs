using PolicyKit.Model.Blocks;
using PolicyKit.Model.Document;
using PolicyKit.Model.Numbering;
using PolicyKit.Tests.Support;
using static PolicyKit.Tests.Rendering.Html.HtmlTestDocuments;

namespace PolicyKit.Tests.Model;

public sealed class DocumentNumberingTests : IDisposable
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
        Assert.Equal(expected, string.Join(" | ", NumberedNodes.In(document.Body).Select(n => document.Numbering.Label(n) ?? "-")));
    }

    [Fact]
    public void Clause_letters_restart_after_each_section_and_run_past_z_as_Word_does()
    {
        var clauses = string.Join('\n', Enumerable.Range(1, 28).Select(i => $"1. Clause {i}. {{#c{i}}}"));
        _trust.Write("passwords.md", TrustFixture.PolicyMd + "\n\n# Many {#many}\n\n" + clauses + "\n");
        var document = _trust.Compile().Compilation!.Documents.Single().Document;
        var labels = NumberedNodes.In(document.Body).Select(n => document.Numbering.Label(n)).ToList();
        Assert.Equal(["3.", "a.", "b."], labels[6..9]);
        Assert.Equal(["z.", "aa.", "bb."], labels[^3..]);
    }

    [Fact]
    public void Alpha_numbers_sections_then_clauses_by_letter_then_sub_clauses_in_roman_then_decimal()
    {
        var deepest = Item("Deepest.");
        var sub = Clauses(Item("i"), Item("ii"), Item("iii"), Item("iv", null, Clauses(deepest)));
        var clause = Item("Clause.", null, sub);
        var section = Heading(1, "Section");
        var document = With([section, Heading(2, "Not numbered"), Clauses(clause)], Info(NumberingScheme.Alpha));

        Assert.Equal(("1.", 0), Number(document, section));
        Assert.Equal((null, null), (document.Numbering.Label(document.Body[1]), document.Numbering.Level(document.Body[1])));
        Assert.Equal(("a.", 1), Number(document, clause));
        Assert.Equal(["i.", "ii.", "iii.", "iv."], sub.Items.Select(document.Numbering.Label));
        Assert.Equal(("1.", 3), Number(document, deepest));
        Assert.Equal(new ListLayout(ItemMarker.Number, 2), document.Numbering.Layout(sub));
    }

    [Fact]
    public void Decimal_clauses_number_one_level_below_the_last_numbered_heading()
    {
        var beforeAnyHeading = Clauses(Item("First."));
        var underSection = Clauses(Item("Under 1."));
        var underSubsection = Clauses(Item("Under 1.2."));
        var underFourth = Clauses(Item("Under a level-4 heading."));
        var document = With(
            [beforeAnyHeading, Heading(1, "One"), underSection, Heading(2, "One two"), underSubsection, Heading(4, "Deep"), underFourth],
            Info(NumberingScheme.Decimal));

        Assert.Equal(("1", 0), Number(document, beforeAnyHeading.Items[0]));
        Assert.Equal(("2", 0), Number(document, document.Body[1]));
        Assert.Equal(("2.1", 1), Number(document, underSection.Items[0]));
        Assert.Equal(("2.2", 1), Number(document, document.Body[3]));
        Assert.Equal(("2.2.1", 2), Number(document, underSubsection.Items[0]));
        Assert.Equal(("2.2.2", 2), Number(document, document.Body[5]));
        Assert.Equal(("2.2.2.1", 3), Number(document, underFourth.Items[0]));
    }

    [Fact]
    public void Using_a_level_restarts_every_deeper_level_and_a_later_list_in_the_same_section_carries_on()
    {
        var first = Clauses(Item("a", null, Clauses(Item("a-i"), Item("a-ii"))), Item("b", null, Clauses(Item("b-i"))));
        var later = Clauses(Item("c"));
        var next = Clauses(Item("a again"));
        var document = With([Heading(1, "One"), first, Paragraph("Between."), later, Heading(1, "Two"), next], Info(NumberingScheme.Alpha));

        Assert.Equal(
            ["1.", "a.", "i.", "ii.", "b.", "i.", "c.", "2.", "a."],
            NumberedNodes.In(document.Body).Select(document.Numbering.Label));
    }

    [Theory]
    [InlineData(NumberingScheme.Alpha)]
    [InlineData(NumberingScheme.Decimal)]
    [InlineData(NumberingScheme.Unnumbered)]
    public void Bullets_sit_one_level_below_their_item_and_take_no_number_in_any_scheme(NumberingScheme scheme)
    {
        var bullets = Bullets(Item("Point."), Item("Another."));
        var clauses = Clauses(Item("Clause.", null, bullets), Item("Next clause."));
        var document = With([Heading(1, "One"), clauses], Info(scheme));

        var clauseLevel = document.Numbering.Layout(clauses).Level;
        Assert.Equal(new ListLayout(ItemMarker.Bullet, clauseLevel + 1), document.Numbering.Layout(bullets));
        Assert.All(bullets.Items, item => Assert.Null(document.Numbering.Label(item)));
        Assert.All(bullets.Items, item => Assert.Equal(clauseLevel + 1, document.Numbering.Level(item)));
        if (scheme != NumberingScheme.Unnumbered)
        {
            Assert.Equal(scheme == NumberingScheme.Alpha ? "b." : "1.2", document.Numbering.Label(clauses.Items[1]));
        }
    }

    [Fact]
    public void Unnumbered_scheme_draws_top_level_clauses_as_paragraphs_and_deeper_ones_as_bullets()
    {
        var sub = Clauses(Item("Sub-clause.", null, Clauses(Item("Sub-sub-clause."))));
        var top = Clauses(Item("Clause.", null, sub));
        var heading = Heading(1, "One");
        var document = With([heading, top], Info(NumberingScheme.Unnumbered));

        Assert.Equal((null, null), (document.Numbering.Label(heading), document.Numbering.Level(heading)));
        Assert.Equal(new ListLayout(ItemMarker.None, -1), document.Numbering.Layout(top));
        Assert.Null(document.Numbering.Level(top.Items[0]));
        Assert.Equal(new ListLayout(ItemMarker.Bullet, 0), document.Numbering.Layout(sub));
        Assert.Equal(new ListLayout(ItemMarker.Bullet, 1), document.Numbering.Layout((ListBlock)sub.Items[0].Blocks[1]));
        Assert.All(NumberedNodes.In(document.Body), node => Assert.Null(document.Numbering.Label(node)));
    }

    [Fact]
    public void Clauses_in_a_quote_are_numbered_in_sequence_with_the_clauses_around_it()
    {
        var quoted = Clauses(Item("Quoted."));
        var document = With(
            [Heading(1, "One"), Clauses(Item("Before.")), new Quote { Blocks = [quoted] }, Clauses(Item("After."))],
            Info(NumberingScheme.Decimal));

        Assert.Equal(["1", "1.1", "1.2", "1.3"], NumberedNodes.In(document.Body).Select(document.Numbering.Label));
        Assert.Equal(new ListLayout(ItemMarker.Number, 1), document.Numbering.Layout(quoted));
    }

    [Fact]
    public void Nesting_deeper_than_Word_allows_stays_at_the_last_level()
    {
        var innermost = Item("Level 9, and deeper.");
        Block list = Clauses(innermost);
        for (var depth = 0; depth < 10; depth++)
        {
            list = Clauses(Item($"Depth {depth}.", null, list));
        }

        var document = With([list], Info(NumberingScheme.Decimal));

        Assert.Equal(DocumentNumbering.MaxLevel, document.Numbering.Level(innermost));
        Assert.Equal("1.1.1.1.1.1.1.1.3", document.Numbering.Label(innermost));
    }

    [Fact]
    public void A_document_works_its_numbering_out_once_and_knows_only_its_own_lists()
    {
        var document = With([Clauses(Item("Clause."))]);

        Assert.Same(document.Numbering, document.Numbering);
        Assert.Throws<ArgumentException>(() => document.Numbering.Layout(Clauses(Item("Elsewhere."))));
    }

    [Fact]
    public void Front_matter_policy_number_and_lists_written_1_paren_number_a_compiled_policy()
    {
        _trust.Write("schools/alder/school.yaml", TrustFixture.SchoolYaml + "\nnumbering: decimal");
        _trust.Write("passwords.md", TrustFixture.PolicyMd.Replace("title: Passwords\n", "title: Passwords\npolicy-number: 7\n")
            + "\n   1) Open the settings. {#open-settings}\n   2) Choose a new password.\n");
        var (compilation, diagnostics) = _trust.Compile();
        Assert.Empty(diagnostics);
        var document = compilation!.Documents.Single().Document;

        Assert.Equal(7, document.Info.PolicyNumber);
        Assert.Equal(
            "7.1 | 7.1.1 | 7.1.2 | 7.1.2.1 | 7.2 | 7.2.1 | 1. | 2.",
            string.Join(" | ", NumberedNodes.In(document.Body).Select(n => document.Numbering.Label(n) ?? "-")));
    }

    [Fact]
    public void A_policy_number_goes_before_every_decimal_section_and_clause_number()
    {
        var document = With(
            [Heading(1, "One"), Clauses(Item("Clause.", null, Clauses(Item("Sub-clause.")))), Heading(2, "One two"), Clauses(Item("Under 1.2.")), Heading(1, "Two")],
            Info(NumberingScheme.Decimal) with { PolicyNumber = 7 });

        Assert.Equal(["7.1", "7.1.1", "7.1.1.1", "7.1.2", "7.1.2.1", "7.2"], NumberedNodes.In(document.Body).Select(document.Numbering.Label));
        Assert.Equal(7, document.Numbering.PolicyNumber);
    }

    [Fact]
    public void A_policy_number_goes_before_alpha_sections_while_clauses_keep_their_letters()
    {
        var document = With(
            [Heading(1, "One"), Clauses(Item("Clause.", null, Clauses(Item("Sub-clause.")))), Heading(1, "Two"), Clauses(Item("Clause."))],
            Info(NumberingScheme.Alpha) with { PolicyNumber = 12 });

        Assert.Equal(["12.1.", "a.", "i.", "12.2.", "a."], NumberedNodes.In(document.Body).Select(document.Numbering.Label));
    }

    [Fact]
    public void A_plain_numbered_list_counts_from_1_on_its_own_and_never_joins_the_clause_numbers()
    {
        var inner = Numbered(Item("Inner one."));
        var inClause = Numbered(Item("First step."), Item("Second step.", null, inner));
        var clauses = Clauses(Item("Clause.", null, inClause), Item("Next clause."));
        var standalone = Numbered(Item("Again one."), Item("Again two."));
        var document = With([Heading(1, "One"), clauses, standalone, Clauses(Item("Last clause."))], Info(NumberingScheme.Decimal) with { PolicyNumber = 7 });

        Assert.Equal(
            ["7.1", "7.1.1", "1.", "2.", "a.", "7.1.2", "1.", "2.", "7.1.3"],
            NumberedNodes.In(document.Body).Select(document.Numbering.Label));
        Assert.Equal(new ListLayout(ItemMarker.ListNumber, 2, 0), document.Numbering.Layout(inClause));
        Assert.Equal(new ListLayout(ItemMarker.ListNumber, 3, 1), document.Numbering.Layout(inner));
        Assert.Equal(new ListLayout(ItemMarker.ListNumber, 0, 0), document.Numbering.Layout(standalone));
    }

    [Theory]
    [InlineData(NumberingScheme.Alpha)]
    [InlineData(NumberingScheme.Decimal)]
    [InlineData(NumberingScheme.Unnumbered)]
    public void A_plain_numbered_list_is_numbered_in_every_scheme_and_clauses_inside_it_count_as_part_of_it(NumberingScheme scheme)
    {
        var clausesInside = Clauses(Item("Written as a clause."));
        var list = Numbered(Item("One."), Item("Two.", null, clausesInside));
        var document = With([Clauses(Item("Clause.", null, list))], Info(scheme));

        Assert.Equal(["1.", "2."], list.Items.Select(document.Numbering.Label));
        Assert.Equal("a.", document.Numbering.Label(clausesInside.Items[0]));
        Assert.Equal(ItemMarker.ListNumber, document.Numbering.Layout(clausesInside).Marker);
    }

    private static (string? Label, int? Level) Number(PolicyDocument document, Node node) =>
        (document.Numbering.Label(node), document.Numbering.Level(node));
}
