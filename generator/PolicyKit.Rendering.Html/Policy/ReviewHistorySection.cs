using PolicyKit.Model.Document;
using PolicyKit.Model.Layout;
using PolicyKit.Model.Presentation;
using PolicyKit.Rendering.Html.Pages;
using PolicyKit.Rendering.Html.Writing;

namespace PolicyKit.Rendering.Html.Policy;

/// <summary>"Policy review dates and changes": one row per version, the columns of the Word document's table.</summary>
internal static class ReviewHistorySection
{
    public const string Title = BuiltInLayout.ReviewHistoryTitle;

    private static readonly IReadOnlyList<string> Columns = [.. BuiltInLayout.ReviewHistoryColumns.Select(c => c.Label)];

    public static void Write(HtmlBuilder html, DocumentInfo info, string id)
    {
        if (info.History.Count == 0)
        {
            return;
        }

        html.Open("section", ("aria-labelledby", id)).Line()
            .Element("h2", Title, ("id", id)).Line();
        ScrollableTable.Open(html, Title, wide: true);
        ScrollableTable.Head(html, Columns);
        html.Open("tbody").Line();
        foreach (var entry in info.History)
        {
            html.Open("tr")
                .Element("td", entry.Version)
                .Open("td").Date(entry.ReviewDate).Close("td")
                .Element("td", entry.By)
                .Element("td", entry.Summary)
                .Open("td").Date(entry.DateRatified, string.Empty).Close("td")
                .Open("td").Date(entry.DateImplemented, string.Empty).Close("td")
                .Close("tr").Line();
        }

        html.Close("tbody").Line();
        ScrollableTable.Close(html);
        html.Close("section").Line();
    }
}
