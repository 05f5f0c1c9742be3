using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using PolicyKit.Model.Layout;
using PolicyKit.Model.Presentation;
using PolicyKit.Rendering.Docx.Body;
using PolicyKit.Rendering.Docx.Inlines;
using PolicyKit.Rendering.Docx.Reference;

namespace PolicyKit.Rendering.Docx.Sections;

/// <summary>The layout's "about this policy" rows (status, authorship, review dates) in a two-column table under the title.</summary>
internal static class MetadataTableWriter
{
    public static IEnumerable<OpenXmlElement> Write(RenderContext context)
    {
        var rows = PolicyMetadata.Rows(context.Info, context.Layout);
        if (rows.Count == 0)
        {
            yield break;
        }

        var widths = context.ColumnWidths(PolicyTables.Widths(context.TextWidthTwips, 35, 65), sizer =>
        {
            foreach (var row in rows)
            {
                sizer.Add(0, row.Label, bold: true);
                sizer.Add(1, row.Text, bold: false);
            }
        });
        var table = PolicyTables.Create(
            widths, headerRow: false, firstColumn: true, StyleIds.PolicyTable, context.Layout.TableWidths == TableWidths.Content);
        Func<string, RunFormat, Run> text = context.Layout.TableWidths == TableWidths.Content ? RunText.CreateUnbroken : RunText.Create;
        foreach (var row in rows)
        {
            table.Append(new TableRow(
                PolicyTables.Cell(widths[0], null, new Paragraph(text(row.Label, RunFormat.Strong))),
                PolicyTables.Cell(widths[1], null, new Paragraph(text(row.Text, RunFormat.Plain)))));
        }

        yield return table;
    }
}
