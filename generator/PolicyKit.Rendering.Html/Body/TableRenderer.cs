using PolicyKit.Model.Blocks;
using PolicyKit.Model.Inlines;
using PolicyKit.Rendering.Html.Pages;

namespace PolicyKit.Rendering.Html.Body;

/// <summary>A body table: header cells marked as column headers, alignment per column, short rows padded.</summary>
internal sealed class TableRenderer : BlockRenderer<Table>
{
    // From this many columns a table keeps a readable width and scrolls on a phone instead of squeezing its text.
    private const int WideFrom = 4;

    protected override void Write(Table block, HtmlRenderContext context)
    {
        var columns = Math.Max(block.ColumnCount, 1);
        var headings = block.HeaderRows.Count > 0
            ? block.HeaderRows[0].Cells.Select(c => InlineText.Flatten(c.Content)).Where(t => t.Length > 0).ToList()
            : [];
        var number = context.NextTableNumber().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var label = headings.Count > 0 ? $"Table {number}: {string.Join(", ", headings)}" : $"Table {number}";

        var html = context.Html;
        ScrollableTable.Open(html, label, columns >= WideFrom);
        if (block.HeaderRows.Count > 0)
        {
            html.Open("thead").Line();
            foreach (var row in block.HeaderRows)
            {
                WriteRow(row, header: true, block, columns, context);
            }

            html.Close("thead").Line();
        }

        html.Open("tbody").Line();
        foreach (var row in block.BodyRows)
        {
            WriteRow(row, header: false, block, columns, context);
        }

        html.Close("tbody").Line();
        ScrollableTable.Close(html);
    }

    private static void WriteRow(TableRow row, bool header, Table block, int columns, HtmlRenderContext context)
    {
        var tag = header ? "th" : "td";
        context.Html.Open("tr");
        for (var i = 0; i < columns; i++)
        {
            // Short rows are padded so every row has a cell per column.
            context.Html.Open(tag, ("scope", header ? "col" : null), ("class", AlignmentClass(block, i)));
            if (i < row.Cells.Count)
            {
                context.Inlines.RenderAll(row.Cells[i].Content, context);
            }

            context.Html.Close(tag);
        }

        context.Html.Close("tr").Line();
    }

    private static string? AlignmentClass(Table block, int column) =>
        (column < block.ColumnAlignments.Count ? block.ColumnAlignments[column] : CellAlignment.Default) switch
        {
            CellAlignment.Left => "align-left",
            CellAlignment.Center => "align-center",
            CellAlignment.Right => "align-right",
            _ => null,
        };
}
