using PolicyKit.Model.Layout;
using PolicyKit.Rendering.Html.Pages;
using PolicyKit.Rendering.Html.Writing;

namespace PolicyKit.Rendering.Html.Policy;

/// <summary>
/// The change log ("Policy review dates and changes" unless the layout names it otherwise): a section with a row per
/// version under the layout's columns.
/// </summary>
internal static class ChangeLogSection
{
    // More columns than this cannot share a phone's width, so the table keeps a readable width and scrolls.
    private const int MostColumnsThatFitNarrowScreens = 3;

    public static void Write(HtmlBuilder html, DocumentLayout layout, ChangeLog changeLog, string id)
    {
        html.Open("section", ("aria-labelledby", id)).Line()
            .Element("h2", changeLog.Title, ("id", id)).Line();
        ScrollableTable.Open(html, changeLog.Title, wide: changeLog.Columns.Count > MostColumnsThatFitNarrowScreens);
        ScrollableTable.Head(html, changeLog.Columns.Select(c => c.Label));
        html.Open("tbody").Line();
        foreach (var row in changeLog.Rows)
        {
            html.Open("tr");
            foreach (var value in row)
            {
                html.Open("td").Value(layout, value).Close("td");
            }

            html.Close("tr").Line();
        }

        html.Close("tbody").Line();
        ScrollableTable.Close(html);
        html.Close("section").Line();
    }
}
