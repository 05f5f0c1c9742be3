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
