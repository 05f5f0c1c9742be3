using DocumentFormat.OpenXml.Wordprocessing;
using PolicyKit.Model.Document;
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
        foreach (var (label, value) in Rows(info))
        {
            table.Append(new TableRow(
                PolicyTables.Cell(widths[0], null, new Paragraph(RunText.Create(label, RunFormat.Strong))),
                PolicyTables.Cell(widths[1], null, new Paragraph(RunText.Create(value)))));
        }

        return table;
    }

    private static IEnumerable<(string Label, string Value)> Rows(DocumentInfo info)
    {
        yield return ("Policy status", info.Status);
        yield return ("Written by", info.WrittenBy);
        yield return ("Owner", info.Owner);
        yield return ("Approved by", info.ApprovedBy);
        yield return ("Date ratified", info.DateRatified is { } ratified ? BritishDates.Long(ratified) : "Not yet ratified");
        yield return ("Next review date", BritishDates.Long(info.NextReview));
        if (!string.IsNullOrWhiteSpace(info.ReviewCycle))
        {
            yield return ("Review cycle", info.ReviewCycle);
        }

        yield return ("Version", info.Version);
        if (!string.IsNullOrWhiteSpace(info.AcceptedBy))
        {
            yield return ("To be accepted by", info.AcceptedBy);
        }
    }
}
