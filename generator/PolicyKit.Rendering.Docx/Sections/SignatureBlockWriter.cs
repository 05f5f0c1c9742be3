using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using PolicyKit.Model.Layout;
using PolicyKit.Model.Presentation;
using PolicyKit.Rendering.Docx.Body;
using PolicyKit.Rendering.Docx.Inlines;
using PolicyKit.Rendering.Docx.Reference;

namespace PolicyKit.Rendering.Docx.Sections;

/// <summary>
/// The signature block: its heading, the sentence above it, then label, name, a line to sign on and the date for
/// each signatory, two to a row in a borderless layout table (no style, no header row, banding off, so assistive
/// technology reads it as layout). Its two columns stay equal halves whatever the table widths: it is not data.
/// </summary>
internal static class SignatureBlockWriter
{
    private const string SignatureLine = "Signed: ______________________________";
    private const string BlankDate = "Date: ____________________";

    public static IEnumerable<OpenXmlElement> Write(RenderContext context)
    {
        if (context.Layout.Signatures is not { } block)
        {
            yield break;
        }

        // Outline level 9 (body text) keeps the heading out of the table of contents.
        var heading = Paragraphs.Text(StyleIds.Heading(1), block.Heading);
        heading.ParagraphProperties!.NumberingProperties = Paragraphs.Unnumbered();
        heading.ParagraphProperties.OutlineLevel = new OutlineLevel { Val = 9 };
        yield return heading;
        if (block.Sentence is { } sentence)
        {
            yield return new Paragraph(RunText.Create(sentence));
        }

        if (block.Entries.Count == 0)
        {
            yield break;
        }

        var widths = PolicyTables.Widths(context.TextWidthTwips, 1, 1);
        var table = PolicyTables.Create(widths, headerRow: false, firstColumn: false, style: null);
        table.GetFirstChild<TableProperties>()!.TableBorders = NoBorders();
        foreach (var pair in block.Entries.Chunk(2))
        {
            var row = new TableRow();
            for (var i = 0; i < widths.Length; i++)
            {
                row.Append(i < pair.Length ? PolicyTables.Cell(widths[i], null, Lines(pair[i], context.Layout)) : PolicyTables.Cell(widths[i], null));
            }

            table.Append(row);
        }

        yield return table;
    }

    private static Paragraph[] Lines(SignatureEntry entry, DocumentLayout layout)
    {
        var lines = new List<Paragraph> { Plain(RunText.Create(entry.Label, RunFormat.Strong)) };
        if (entry.Name is { } name)
        {
            lines.Add(Plain(RunText.Create(name)));
        }

        lines.Add(Plain(RunText.Create(SignatureLine)));
        lines.Add(Plain(RunText.Create(entry.Date is { } date && (date.Date is not null || date.Text.Length > 0) ? "Date: " + layout.Print(date, Model.Layout.DateFormat.Short) : BlankDate)));
        return [.. lines];
    }

    private static Paragraph Plain(Run run) => new(new ParagraphProperties(new SpacingBetweenLines { Before = "120", After = "120" }), run);

    private static TableBorders NoBorders() => new(
        new TopBorder { Val = BorderValues.None },
        new LeftBorder { Val = BorderValues.None },
        new BottomBorder { Val = BorderValues.None },
        new RightBorder { Val = BorderValues.None },
        new InsideHorizontalBorder { Val = BorderValues.None },
        new InsideVerticalBorder { Val = BorderValues.None });
}
