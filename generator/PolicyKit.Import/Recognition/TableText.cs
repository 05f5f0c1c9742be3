using System.Text;
using PolicyKit.Import.Reading;

namespace PolicyKit.Import.Recognition;

/// <summary>A table's cells as one-line Markdown, as pipe tables need: a cell's paragraphs are joined with "; ".</summary>
internal static class TableText
{
    public static (TableNode Table, string Markdown, bool Flattened) Flatten(ImportedTable table, InlineMarkdown inline)
    {
        var flattened = false;
        var width = table.Rows.Count == 0 ? 1 : Math.Max(1, table.Rows.Max(r => r.Count));
        var rows = new List<IReadOnlyList<string>>();
        foreach (var row in table.Rows)
        {
            var cells = new List<string>();
            foreach (var cell in row)
            {
                var paragraphs = cell.Paragraphs.Where(p => p.Text.Trim().Length > 0).Select(p => inline.Write(p.Runs)).ToList();
                flattened |= paragraphs.Count > 1;
                cells.Add(string.Join("; ", paragraphs));
            }

            while (cells.Count < width)
            {
                cells.Add(string.Empty);
            }

            rows.Add(cells);
        }

        var node = new TableNode(rows);
        return (node, Markdown(rows), flattened);
    }

    /// <summary>The pipe table's lines; the first row is the header row.</summary>
    public static string Markdown(IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var text = new StringBuilder();
        for (var r = 0; r < rows.Count; r++)
        {
            text.Append("| ").AppendJoin(" | ", rows[r].Select(c => c.Length == 0 ? " " : c)).Append(" |\n");
            if (r == 0)
            {
                text.Append('|').AppendJoin('|', rows[r].Select(_ => " --- ")).Append("|\n");
            }
        }

        return text.ToString().TrimEnd('\n');
    }
}
