using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using PolicyKit.Model.Blocks;
using PolicyKit.Model.Layout;
using PolicyKit.Rendering.Docx.Inlines;
using PolicyKit.Rendering.Docx.Reference;
using Table = PolicyKit.Model.Blocks.Table;
using TableRow = PolicyKit.Model.Blocks.TableRow;

namespace PolicyKit.Rendering.Docx.Body;

/// <summary>A body table: header rows bold (accent-shaded when the school has an accent colour), aligned per column.</summary>
internal sealed class TableRenderer : BlockRenderer<Table>
{
    protected override void Write(Table block, BlockScope scope, RenderContext context, OpenXmlElement container)
    {
        var columns = Math.Max(block.ColumnCount, 1);
        var widths = context.ColumnWidths([.. Enumerable.Repeat(context.TextWidthTwips / columns, columns)], sizer =>
        {
            foreach (var (row, header) in block.HeaderRows.Select(r => (r, true)).Concat(block.BodyRows.Select(r => (r, false))))
            {
                for (var i = 0; i < row.Cells.Count && i < columns; i++)
                {
                    sizer.Add(i, context.Measurer.Measure(row.Cells[i].Content, bold: header));
                }
            }
        });
        var table = PolicyTables.Create(
            widths, block.HeaderRows.Count > 0, firstColumn: false, StyleIds.PolicyTable, context.Layout.TableWidths == TableWidths.Content);
        var shading = BrandingApplier.ValidColour(context.Info.Branding.AccentColour);

        foreach (var row in block.HeaderRows)
        {
            table.Append(WriteRow(row, header: true, shading, block, widths, context));
        }

        foreach (var row in block.BodyRows)
        {
            table.Append(WriteRow(row, header: false, null, block, widths, context));
        }

        container.Append(table);
    }

    private static DocumentFormat.OpenXml.Wordprocessing.TableRow WriteRow(
        TableRow row, bool header, string? shading, Table block, int[] widths, RenderContext context)
    {
        var tableRow = PolicyTables.Row(header);
        for (var i = 0; i < widths.Length; i++)
        {
            // Short rows are padded: every row must have a cell per grid column.
            var paragraph = context.NewParagraph(new ParagraphProperties { Justification = Alignment(block, i) });
            if (i < row.Cells.Count)
            {
                context.Inlines.RenderAll(row.Cells[i].Content, header ? RunFormat.Strong : RunFormat.Plain, context, paragraph);
            }

            tableRow.Append(PolicyTables.Cell(widths[i], shading, paragraph));
        }

        return tableRow;
    }

    private static Justification? Alignment(Table block, int column)
    {
        var alignment = column < block.ColumnAlignments.Count ? block.ColumnAlignments[column] : CellAlignment.Default;
        return alignment switch
        {
            CellAlignment.Left => new Justification { Val = JustificationValues.Left },
            CellAlignment.Center => new Justification { Val = JustificationValues.Center },
            CellAlignment.Right => new Justification { Val = JustificationValues.Right },
            _ => null,
        };
    }
}
