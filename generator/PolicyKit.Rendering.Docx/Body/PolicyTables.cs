using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using PolicyKit.Rendering.Docx.Reference;

namespace PolicyKit.Rendering.Docx.Body;

/// <summary>Tables in the PolicyTable style: full text width, header rows repeated on each page.</summary>
internal static class PolicyTables
{
    /// <summary>A table spanning the text width (w:tblW pct 5000 = 100 %, in fiftieths of a percent).</summary>
    public static Table Create(int columns, int textWidth, bool headerRow, bool firstColumn) =>
        Create([.. Enumerable.Repeat(textWidth / columns, columns)], headerRow, firstColumn, StyleIds.PolicyTable);

    /// <summary>
    /// With <paramref name="fixedLayout"/>, Word and LibreOffice both keep the grid's widths exactly rather than
    /// re-fitting columns to their own measure of the text (ECMA-376 17.4.53), so widths sized to the content hold.
    /// </summary>
    public static Table Create(IReadOnlyList<int> columnWidths, bool headerRow, bool firstColumn, string? style, bool fixedLayout = false)
    {
        var table = new Table(new TableProperties
        {
            TableStyle = style is null ? null : new TableStyle { Val = style },
            TableWidth = new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
            TableLayout = fixedLayout ? new TableLayout { Type = TableLayoutValues.Fixed } : null,
            TableLook = new TableLook
            {
                Val = LookBits(headerRow, firstColumn),
                FirstRow = headerRow,
                LastRow = false,
                FirstColumn = firstColumn,
                LastColumn = false,
                NoHorizontalBand = true,
                NoVerticalBand = true,
            },
        });

        var grid = new TableGrid();
        foreach (var width in columnWidths)
        {
            grid.Append(new GridColumn { Width = Paragraphs.Twips(width) });
        }

        table.Append(grid);
        return table;
    }

    /// <summary>
    /// The legacy w:val bitmask mirrors the attributes: LibreOffice reads only w:val and, without it, applies the
    /// first-row formatting to every table (0x20 first row, 0x80 first column, 0x200/0x400 no horizontal/vertical banding).
    /// </summary>
    private static HexBinaryValue LookBits(bool headerRow, bool firstColumn) =>
        ((headerRow ? 0x0020 : 0) | (firstColumn ? 0x0080 : 0) | 0x0200 | 0x0400).ToString("X4", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Column widths in proportion to <paramref name="weights"/>, filling the text width.</summary>
    public static int[] Widths(int textWidth, params int[] weights) => [.. weights.Select(w => textWidth * w / weights.Sum())];

    /// <summary>
    /// A row; header rows carry w:tblHeader so Word repeats them on each page (Word honours it only on a
    /// contiguous run of rows at the top of the table, which is where they go).
    /// </summary>
    public static TableRow Row(bool header) =>
        header ? new TableRow(new TableRowProperties(new TableHeader())) : new TableRow();

    public static TableCell Cell(int width, string? shading, params Paragraph[] paragraphs)
    {
        var properties = new TableCellProperties
        {
            TableCellWidth = new TableCellWidth { Width = Paragraphs.Twips(width), Type = TableWidthUnitValues.Dxa },
            Shading = shading is null ? null : new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = shading },
        };

        // A cell must end with a paragraph (ECMA-376 17.4.66).
        return paragraphs.Length == 0
            ? new TableCell(properties, new Paragraph())
            : new TableCell([properties, .. paragraphs]);
    }
}
