using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PolicyKit.Model.Blocks;
using PolicyKit.Model.Document;
using PolicyKit.Model.Inlines;
using PolicyKit.Rendering.Docx;
using PolicyKit.Tests.Support;
using static PolicyKit.Tests.Rendering.Html.HtmlTestDocuments;
using Heading = PolicyKit.Model.Blocks.Heading;
using ListItem = PolicyKit.Model.Blocks.ListItem;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;

namespace PolicyKit.Tests.Rendering;

/// <summary>The Word document draws the model's numbering: each heading and item at the level and with the marker the model gives it.</summary>
public sealed class DocxNumberingTests
{
    private const int SchemeList = 1;

    [Theory]
    [InlineData(NumberingScheme.Alpha)]
    [InlineData(NumberingScheme.Decimal)]
    [InlineData(NumberingScheme.Unnumbered)]
    public void Every_heading_and_list_item_is_numbered_in_Word_at_the_level_the_model_gives_it(NumberingScheme scheme)
    {
        var document = With(
            [
                Clauses(Item("Before any heading.")),
                Heading(1, "Section one"),
                Clauses(Item("Clause one.", null, Clauses(Item("Sub-clause.", null, Bullets(Item("Bullet in a sub-clause."))))), Item("Clause two.")),
                new Quote { Blocks = [Clauses(Item("Quoted clause."))] },
                Heading(2, "Section one two"),
                Bullets(Item("Top bullet.", null, Bullets(Item("Nested bullet.")), Clauses(Item("Clause in a bullet.")))),
                Heading(3, "Section one two three"),
                Clauses(Item("Deep clause.")),
            ],
            Info(scheme));
        var word = Paragraphs(document);

        var checkedNodes = 0;
        foreach (var node in NumberedNodes.In(document.Body))
        {
            var text = TextOf(node);
            var numbering = word[text].ParagraphProperties?.NumberingProperties;
            var bullet = node is ListItem && document.Numbering.Label(node) is null;
            if (document.Numbering.Level(node) is { } level)
            {
                Assert.True(numbering is not null, $"'{text}' has no Word numbering");
                Assert.Equal(level, numbering.NumberingLevelReference?.Val?.Value);
                var numId = numbering.NumberingId!.Val!.Value;
                Assert.True(bullet ? numId > SchemeList : numId == SchemeList, $"'{text}' is in list {numId}");
            }
            else
            {
                // Unnumbered headings switch numbering off (numId 0); clauses drawn as paragraphs have none.
                Assert.True(numbering is null || numbering.NumberingId?.Val?.Value == 0, $"'{text}' is numbered in Word");
            }

            checkedNodes++;
        }

        Assert.Equal(13, checkedNodes);
    }

    [Fact]
    public void Each_bulleted_list_gets_its_own_Word_list_so_its_bullets_start_afresh()
    {
        var document = With([Bullets(Item("First list.")), Paragraph("Between."), Bullets(Item("Second list."))], Info(NumberingScheme.Decimal));
        var word = Paragraphs(document);

        var first = word["First list."].ParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value;
        var second = word["Second list."].ParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value;
        Assert.NotEqual(first, second);
    }

    [Fact]
    public void A_prefixed_decimal_policy_writes_the_policy_number_into_each_Word_level_with_a_wider_hanging_indent()
    {
        var body = new Block[] { Heading(1, "One"), Clauses(Item("Clause.")) };
        var plain = SchemeLevels(With(body, Info(NumberingScheme.Decimal)));
        var prefixed = SchemeLevels(With(body, Info(NumberingScheme.Decimal) with { PolicyNumber = 7 }));

        Assert.Equal(["7.%1", "7.%1.%2", "7.%1.%2.%3"], prefixed.Take(3).Select(l => l.LevelText!.Val!.Value));
        Assert.All(prefixed.Zip(plain), pair => Assert.True(Hanging(pair.First) > Hanging(pair.Second), $"level {pair.First.LevelIndex} is no wider"));
    }

    [Fact]
    public void A_prefixed_alpha_policy_numbers_sections_with_the_policy_number_and_leaves_clause_letters_alone()
    {
        var levels = SchemeLevels(With([Heading(1, "One"), Clauses(Item("Clause."))], Info(NumberingScheme.Alpha) with { PolicyNumber = 7 }));

        Assert.Equal(["7.%1.", "%2.", "%3."], levels.Take(3).Select(l => l.LevelText!.Val!.Value));
    }

    [Fact]
    public void Each_plain_numbered_list_is_its_own_Word_list_that_restarts_at_1_indented_under_its_clause()
    {
        var document = With(
            [
                Heading(1, "One"),
                Clauses(Item("Clause.", null, Numbered(Item("First step."), Item("Second step.")))),
                Numbered(Item("Another list."), Item("Its second item.", null, Numbered(Item("Nested step.")))),
            ],
            Info(NumberingScheme.Decimal) with { PolicyNumber = 7 });
        var paragraphs = Paragraphs(document);
        using var package = Package(document);
        var numbering = package.MainDocumentPart!.NumberingDefinitionsPart!.Numbering!;

        var (firstList, firstLevel) = NumPr(paragraphs["First step."]);
        var (anotherList, _) = NumPr(paragraphs["Another list."]);
        var (nestedList, nestedLevel) = NumPr(paragraphs["Nested step."]);
        Assert.Equal(firstList, NumPr(paragraphs["Second step."]).NumId);
        Assert.Equal(3, new[] { firstList, anotherList, nestedList }.Where(id => id != SchemeList).Distinct().Count());
        Assert.Equal((0, 1), (firstLevel, nestedLevel));

        foreach (var list in new[] { firstList, anotherList, nestedList })
        {
            var instance = numbering.Elements<NumberingInstance>().Single(n => n.NumberID!.Value == list);
            var plain = numbering.Elements<AbstractNum>().Single(a => a.AbstractNumberId!.Value == instance.AbstractNumId!.Val!.Value);
            Assert.Equal(["%1.", "%2.", "%3."], plain.Elements<Level>().Take(3).Select(l => l.LevelText!.Val!.Value));
            var restart = Assert.Single(instance.Elements<LevelOverride>());
            Assert.Equal(1, restart.StartOverrideNumberingValue!.Val!.Value);
        }

        // The clause's text starts at 1.5 cm + 0.5 cm for decimals + two characters for "7."; the list's number hangs there.
        var clauseText = 567 * 2 + 284 + 226;
        Assert.Equal((clauseText + 567).ToString(System.Globalization.CultureInfo.InvariantCulture), paragraphs["First step."].ParagraphProperties!.Indentation!.Left!.Value);
        Assert.Equal("567", paragraphs["First step."].ParagraphProperties!.Indentation!.Hanging!.Value);
    }

    private static (int NumId, int Level) NumPr(Paragraph paragraph)
    {
        var numPr = paragraph.ParagraphProperties!.NumberingProperties!;
        return (numPr.NumberingId!.Val!.Value, numPr.NumberingLevelReference!.Val!.Value);
    }

    private static List<Level> SchemeLevels(PolicyDocument document)
    {
        using var package = Package(document);
        return package.MainDocumentPart!.NumberingDefinitionsPart!.Numbering!.Elements<AbstractNum>().First().Elements<Level>().Select(l => (Level)l.CloneNode(true)).ToList();
    }

    private static int Hanging(Level level) => int.Parse(level.PreviousParagraphProperties!.Indentation!.Hanging!.Value!, System.Globalization.CultureInfo.InvariantCulture);

    private static WordprocessingDocument Package(PolicyDocument document)
    {
        var stream = new MemoryStream();
        DocxRenderer.Render(document, stream, new DocxRenderOptions { ReferenceDocument = DocxReferenceDocument.Default });
        stream.Position = 0;
        return WordprocessingDocument.Open(stream, false);
    }

    private static Dictionary<string, Paragraph> Paragraphs(PolicyDocument document)
    {
        using var stream = new MemoryStream();
        DocxRenderer.Render(document, stream, new DocxRenderOptions { ReferenceDocument = DocxReferenceDocument.Default });
        stream.Position = 0;
        using var package = WordprocessingDocument.Open(stream, false);
        return package.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>()
            .Select(p => (Paragraph: (Paragraph)p.CloneNode(true), Text: string.Concat(p.Descendants<Text>().Select(t => t.Text))))
            .Where(p => p.Text.Length > 0)
            .GroupBy(p => p.Text, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Last().Paragraph, StringComparer.Ordinal);
    }

    private static string TextOf(Node node) => node switch
    {
        Heading heading => InlineText.Flatten(heading.Content),
        _ => InlineText.Flatten(((PolicyKit.Model.Blocks.Paragraph)((ListItem)node).Blocks[0]).Content),
    };
}
