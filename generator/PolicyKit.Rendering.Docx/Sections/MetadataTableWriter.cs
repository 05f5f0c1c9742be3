using DocumentFormat.OpenXml.Wordprocessing;
using PolicyKit.Model.Document;
using PolicyKit.Model.Presentation;
using PolicyKit.Rendering.Docx.Body;
using PolicyKit.Rendering.Docx.Inlines;
using PolicyKit.Rendering.Docx.Reference;

namespace PolicyKit.Rendering.Docx.Sections;

/// <summary>The policy's status, authorship and review dates in a two-column table under the title.</summary>
internal static class MetadataTableWriter
{
    public static Table Write(DocumentInfo info, int textWidth)
    {
        var widths = PolicyTables.Widths(textWidth, 35, 65);
        var table = PolicyTables.Create(widths, headerRow: false, firstColumn: true, StyleIds.PolicyTable);
        foreach (var row in PolicyMetadata.Rows(info, info.EffectiveLayout()))
        {
            table.Append(new TableRow(
                PolicyTables.Cell(widths[0], null, new Paragraph(RunText.Create(row.Label, RunFormat.Strong))),
                PolicyTables.Cell(widths[1], null, new Paragraph(RunText.Create(row.Text)))));
        }

        return table;
    }
}
