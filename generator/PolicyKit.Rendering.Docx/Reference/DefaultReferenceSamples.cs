using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using PolicyKit.Rendering.Docx.Body;
using PolicyKit.Rendering.Docx.Inlines;

namespace PolicyKit.Rendering.Docx.Reference;

/// <summary>
/// The body of the default reference document: one sample paragraph per style, so a communications officer can
/// open it in Word, restyle each one and save it as the school's reference document.
/// </summary>
internal static class DefaultReferenceSamples
{
    private const int TextWidth = 9638;

    public static IEnumerable<OpenXmlElement> Body()
    {
        yield return Paragraphs.Text(StyleIds.SchoolName, "School Name (style SchoolName)");
        yield return Paragraphs.Text(StyleIds.Motto, "Motto (style Motto)");
        yield return Paragraphs.Text(StyleIds.Title, "Policy title (style Title)");
        yield return Paragraphs.Text(StyleIds.TocHeading, "Contents (style TOCHeading)");
        yield return Paragraphs.Text(StyleIds.Toc1, "1. Contents entry, level 1 (style TOC1)");
        yield return Paragraphs.Text(StyleIds.Toc2, "1.1 Contents entry, level 2 (style TOC2)");
        yield return Paragraphs.Text(StyleIds.Heading(1), "Heading 1 (style Heading1)");
        yield return Paragraphs.Text(StyleIds.BodyText, "Body text (style BodyText). Policies are written in this style.");
        yield return Paragraphs.Text(StyleIds.Heading(2), "Heading 2 (style Heading2)");
        yield return Paragraphs.Text(StyleIds.ListParagraph, "A clause or bullet (style ListParagraph); numbering comes from the policy.");
        yield return Paragraphs.Text(StyleIds.Heading(3), "Heading 3 (style Heading3)");
        yield return Paragraphs.Text(StyleIds.Quote, "A highlighted note or quoted legislation (style Quote).");
        yield return new Paragraph(
            Paragraphs.Properties(StyleIds.BodyText),
            RunText.Create("Character styles: "),
            RunText.Create("Strong", new RunFormat(false, false, StyleIds.Strong)),
            RunText.Create(", "),
            RunText.Create("Hyperlink", new RunFormat(false, false, StyleIds.Hyperlink)),
            RunText.Create(" and "),
            RunText.Create("VerbatimChar", new RunFormat(false, false, StyleIds.VerbatimChar)),
            RunText.Create("."));
        yield return SampleTable();
        yield return Paragraphs.Text(StyleIds.Header, "Page header (style Header)");
        yield return Paragraphs.Text(StyleIds.Footer, "Page footer (style Footer)");
    }

    private static Table SampleTable()
    {
        var table = PolicyTables.Create(2, TextWidth, headerRow: true, firstColumn: false);
        var header = PolicyTables.Row(header: true);
        header.Append(
            PolicyTables.Cell(TextWidth / 2, null, new Paragraph(RunText.Create("Table header (style PolicyTable)"))),
            PolicyTables.Cell(TextWidth / 2, null, new Paragraph(RunText.Create("Second column"))));
        var row = new TableRow(
            PolicyTables.Cell(TextWidth / 2, null, new Paragraph(RunText.Create("Table cell"))),
            PolicyTables.Cell(TextWidth / 2, null, new Paragraph(RunText.Create("Table cell"))));
        table.Append(header, row);
        return table;
    }
}
