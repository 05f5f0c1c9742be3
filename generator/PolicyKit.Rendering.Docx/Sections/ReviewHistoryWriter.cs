using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using PolicyKit.Model.Layout;
using PolicyKit.Model.Presentation;
using PolicyKit.Rendering.Docx.Body;
using PolicyKit.Rendering.Docx.Inlines;
using PolicyKit.Rendering.Docx.Reference;

namespace PolicyKit.Rendering.Docx.Sections;

/// <summary>"Policy review dates and changes": one row per version, as schools record them for governors.</summary>
internal static class ReviewHistoryWriter
{
    private const string Title = BuiltInLayout.ReviewHistoryTitle;

    private static readonly IReadOnlyList<string> Columns = [.. BuiltInLayout.ReviewHistoryColumns.Select(c => c.Label)];

    public static IEnumerable<OpenXmlElement> Write(RenderContext context)
    {
        var history = context.Info.History;
        if (history.Count == 0)
        {
            yield break;
        }

        var bookmark = context.Bookmarks.NextHeadingName();
        context.QueueBookmark(bookmark);
        var heading = context.NewParagraph(Paragraphs.Properties(StyleIds.Heading(1)));
        heading.ParagraphProperties!.NumberingProperties = Paragraphs.Unnumbered();
        heading.Append(RunText.Create(Title));
        context.AddTocEntry(new TocEntry(1, Title, bookmark));
        yield return heading;

        var widths = PolicyTables.Widths(context.TextWidthTwips, 12, 14, 11, 26, 20, 17);
        var shading = BrandingApplier.ValidColour(context.Info.Branding.AccentColour);
        var table = PolicyTables.Create(widths, headerRow: true, firstColumn: false, StyleIds.PolicyTable);
        table.Append(Row(widths, Columns, header: true, shading));
        foreach (var entry in history)
        {
            string[] cells =
            [
                entry.Version, BritishDates.Short(entry.ReviewDate), entry.By, entry.Summary,
                BritishDates.Short(entry.DateRatified), BritishDates.Short(entry.DateImplemented),
            ];
            table.Append(Row(widths, cells, header: false, null));
        }

        yield return table;
    }

    private static TableRow Row(int[] widths, IReadOnlyList<string> cells, bool header, string? shading)
    {
        var row = PolicyTables.Row(header);
        for (var i = 0; i < cells.Count; i++)
        {
            var format = header ? RunFormat.Strong : RunFormat.Plain;
            row.Append(PolicyTables.Cell(widths[i], shading, new Paragraph(RunText.Create(cells[i], format))));
        }

        return row;
    }
}
