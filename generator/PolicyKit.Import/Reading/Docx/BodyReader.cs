using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PolicyKit.Import.Reading.Docx;

/// <summary>The body's paragraphs and tables in reading order, through content controls and custom XML.</summary>
internal sealed class BodyReader(ParagraphReader paragraphs)
{
    private readonly List<ImportedBlock> _blocks = [];
    private int _ordinal;

    public List<ImportedBlock> Read(Body body)
    {
        Walk(body);
        return _blocks;
    }

    private void Walk(OpenXmlElement parent)
    {
        foreach (var child in parent.ChildElements)
        {
            switch (child)
            {
                case Paragraph paragraph:
                    _ordinal++;
                    if (paragraphs.Read(paragraph, _ordinal) is { } read)
                    {
                        _blocks.Add(read);
                    }

                    break;
                case Table table:
                    _ordinal++;
                    if (ReadTable(table, _ordinal) is { } imported)
                    {
                        _blocks.Add(imported);
                    }

                    break;
                case BookmarkStart bookmark:
                    paragraphs.BookmarkBetween(bookmark);
                    break;
                case SdtBlock control:
                    var contents = IsContents(control);
                    var outer = paragraphs.InContentsControl;
                    paragraphs.InContentsControl |= contents;
                    Walk(control.SdtContentBlock ?? (OpenXmlElement)control);
                    paragraphs.InContentsControl = outer;
                    break;
                case CustomXmlBlock or OpenXmlUnknownElement:
                    Walk(child);
                    break;
                default:
                    break;
            }
        }
    }

    private ImportedTable? ReadTable(Table table, int ordinal)
    {
        var rows = new List<IReadOnlyList<ImportedCell>>();
        var headerRows = 0;
        var stillHeader = true;
        foreach (var row in Rows(table))
        {
            // Enumerated values are compared as text: LibreOffice writes "true" where Word writes "on".
            var header = row.TableRowProperties?.GetFirstChild<TableHeader>() is { } mark && mark.Val?.InnerText is null or "on" or "true" or "1";
            stillHeader &= header;
            var cells = new List<ImportedCell>();
            foreach (var cell in Cells(row))
            {
                // A vertically merged cell is written once, in its first row; the rows below hold "continue" cells.
                var merge = cell.TableCellProperties?.VerticalMerge;
                if (merge is not null && merge.Val?.InnerText is null or "continue")
                {
                    continue;
                }

                var cellParagraphs = new List<ImportedParagraph>();
                CellParagraphs(cell, ordinal, cellParagraphs);
                cells.Add(new ImportedCell(cellParagraphs));
            }

            if (cells.Count > 0)
            {
                rows.Add(cells);
                headerRows += stillHeader ? 1 : 0;
            }
        }

        return rows.Count == 0 ? null : new ImportedTable(ordinal, rows, headerRows);
    }

    // Nested tables are flattened: their cells' paragraphs become the outer cell's, in reading order.
    private void CellParagraphs(OpenXmlElement parent, int ordinal, List<ImportedParagraph> into)
    {
        foreach (var child in parent.ChildElements)
        {
            switch (child)
            {
                case Paragraph paragraph:
                    if (paragraphs.Read(paragraph, ordinal) is { } read)
                    {
                        into.Add(read);
                    }

                    break;
                case Table nested:
                    foreach (var row in Rows(nested))
                    {
                        foreach (var cell in Cells(row))
                        {
                            CellParagraphs(cell, ordinal, into);
                        }
                    }

                    break;
                case SdtBlock control:
                    CellParagraphs(control.SdtContentBlock ?? (OpenXmlElement)control, ordinal, into);
                    break;
                case CustomXmlBlock:
                    CellParagraphs(child, ordinal, into);
                    break;
                default:
                    break;
            }
        }
    }

    private static IEnumerable<TableRow> Rows(Table table) =>
        table.ChildElements.SelectMany(c => c switch
        {
            TableRow row => [row],
            SdtRow control => control.SdtContentRow?.Elements<TableRow>() ?? [],
            CustomXmlRow custom => custom.Elements<TableRow>(),
            _ => Enumerable.Empty<TableRow>(),
        });

    private static IEnumerable<TableCell> Cells(TableRow row) =>
        row.ChildElements.SelectMany(c => c switch
        {
            TableCell cell => [cell],
            SdtCell control => control.SdtContentCell?.Elements<TableCell>() ?? [],
            CustomXmlCell custom => custom.Elements<TableCell>(),
            _ => Enumerable.Empty<TableCell>(),
        });

    private static bool IsContents(SdtBlock control) =>
        control.SdtProperties?.GetFirstChild<SdtContentDocPartObject>()?.GetFirstChild<DocPartGallery>()?.Val?.Value is { } gallery
        && gallery.Contains("Table of Contents", StringComparison.OrdinalIgnoreCase);
}
