using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using PolicyKit.Model.Document;
using PolicyKit.Model.Presentation;
using PolicyKit.Rendering.Docx.Body;
using PolicyKit.Rendering.Docx.Inlines;
using PolicyKit.Rendering.Docx.Reference;

namespace PolicyKit.Rendering.Docx.Sections;

/// <summary>
/// "Signed": role, name, a line to sign on and the date for each signatory, two to a row in a borderless
/// layout table (no style, no header row, banding off, so assistive technology reads it as layout).
/// </summary>
internal static class SignatureBlockWriter
{
    private const string SignatureLine = "Signed: ______________________________";
    private const string BlankDate = "Date: ____________________";

    public static IEnumerable<OpenXmlElement> Write(DocumentInfo info, int textWidth)
    {
        if (info.Signatories.Count == 0)
        {
            yield break;
        }

        // Outline level 9 (body text) keeps "Signed" out of the table of contents.
        var heading = Paragraphs.Text(StyleIds.Heading(1), "Signed");
        heading.ParagraphProperties!.NumberingProperties = Paragraphs.Unnumbered();
        heading.ParagraphProperties.OutlineLevel = new OutlineLevel { Val = 9 };
        yield return heading;
        if (PolicyMetadata.RatificationSentence(info) is { } sentence)
        {
            yield return new Paragraph(RunText.Create(sentence));
        }

        var widths = PolicyTables.Widths(textWidth, 1, 1);
        var table = PolicyTables.Create(widths, headerRow: false, firstColumn: false, style: null);
        table.GetFirstChild<TableProperties>()!.TableBorders = NoBorders();
        foreach (var pair in info.Signatories.Chunk(2))
        {
            var row = new TableRow();
            for (var i = 0; i < widths.Length; i++)
            {
                row.Append(i < pair.Length ? PolicyTables.Cell(widths[i], null, Lines(pair[i])) : PolicyTables.Cell(widths[i], null));
            }

            table.Append(row);
        }

        yield return table;
    }

    private static Paragraph[] Lines(Signatory signatory) =>
    [
        Plain(RunText.Create(signatory.Role, RunFormat.Strong)),
        Plain(RunText.Create(signatory.Name)),
        Plain(RunText.Create(SignatureLine)),
        Plain(RunText.Create(signatory.Date is { } date ? "Date: " + BritishDates.Short(date) : BlankDate)),
    ];

    private static Paragraph Plain(Run run) => new(new ParagraphProperties(new SpacingBetweenLines { Before = "120", After = "120" }), run);

    private static TableBorders NoBorders() => new(
        new TopBorder { Val = BorderValues.None },
        new LeftBorder { Val = BorderValues.None },
        new BottomBorder { Val = BorderValues.None },
        new RightBorder { Val = BorderValues.None },
        new InsideHorizontalBorder { Val = BorderValues.None },
        new InsideVerticalBorder { Val = BorderValues.None });
}
