using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using PolicyKit.Model.Layout;
using PolicyKit.Model.Presentation;
using PolicyKit.Rendering.Docx.Body;
using PolicyKit.Rendering.Docx.Inlines;
using PolicyKit.Rendering.Docx.Reference;

namespace PolicyKit.Rendering.Docx.Sections;

/// <summary>
/// The change log ("Policy review dates and changes"): an unnumbered heading listed in the contents, then a table
/// with a header row of the layout's columns and one row per version.
/// </summary>
internal static class ChangeLogWriter
{
    public static IEnumerable<OpenXmlElement> Write(RenderContext context, ChangeLogPlacement placement)
    {
        if (context.Layout.ChangeLog is not { } log || log.Placement != placement)
        {
            yield break;
        }

        var bookmark = context.Bookmarks.NextHeadingName();
        context.QueueBookmark(bookmark);
        var heading = context.NewParagraph(Paragraphs.Properties(StyleIds.Heading(1)));
        heading.ParagraphProperties!.NumberingProperties = Paragraphs.Unnumbered();
        heading.Append(RunText.Create(log.Title));
        var entry = new TocEntry(1, log.Title, bookmark);
        if (placement == ChangeLogPlacement.Start)
        {
            // Written after the body like the rest of the front matter, but it comes first in the document.
            context.AddTocEntryFirst(entry);
        }
        else
        {
            context.AddTocEntry(entry);
        }

        yield return heading;

        var labels = log.Columns.Select(c => c.Label).ToList();
        var unbroken = context.Layout.TableWidths == TableWidths.Content;
        var rows = log.Rows.Select(row => row.Select(value => Text(context, value, unbroken)).ToList()).ToList();
        var widths = context.ColumnWidths(PolicyTables.Widths(context.TextWidthTwips, [.. log.Columns.Select(c => c.Weight)]), sizer =>
        {
            for (var i = 0; i < labels.Count; i++)
            {
                sizer.Add(i, labels[i], bold: true);
                foreach (var row in rows.Where(r => i < r.Count))
                {
                    sizer.Add(i, row[i], bold: false);
                }
            }
        });
        var shading = BrandingApplier.ValidColour(context.Info.Branding.AccentColour);
        var table = PolicyTables.Create(
            widths, headerRow: true, firstColumn: false, StyleIds.PolicyTable, context.Layout.TableWidths == TableWidths.Content);
        table.Append(Row(widths, labels, header: true, shading, unbroken));
        foreach (var row in rows)
        {
            table.Append(Row(widths, row, header: false, null, unbroken));
        }

        yield return table;
    }

    // Under content widths a date is one word ("2\u00A0November\u00A02023"): its column is made wide enough for the whole
    // date, so it never wraps between day, month and year.
    private static string Text(RenderContext context, LayoutValue value, bool unbroken)
    {
        var text = context.Layout.Print(value, Model.Layout.DateFormat.Short);
        return unbroken && value.Date is not null ? text.Replace(' ', '\u00A0') : text;
    }

    private static TableRow Row(int[] widths, List<string> cells, bool header, string? shading, bool unbroken)
    {
        var row = PolicyTables.Row(header);
        for (var i = 0; i < widths.Length; i++)
        {
            // A row shorter than the columns is padded: every row needs a cell per grid column.
            var format = header ? RunFormat.Strong : RunFormat.Plain;
            row.Append(i < cells.Count
                ? PolicyTables.Cell(widths[i], shading, new Paragraph(unbroken ? RunText.CreateUnbroken(cells[i], format) : RunText.Create(cells[i], format)))
                : PolicyTables.Cell(widths[i], shading));
        }

        return row;
    }
}
