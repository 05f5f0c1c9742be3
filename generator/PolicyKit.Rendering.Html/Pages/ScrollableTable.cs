using PolicyKit.Rendering.Html.Writing;

namespace PolicyKit.Rendering.Html.Pages;

/// <summary>
/// The wrapper round every data table: on a narrow screen the table scrolls inside it instead of widening the page.
/// A region that scrolls must be reachable by keyboard (WCAG 2.1.1; axe "scrollable-region-focusable"), hence the
/// tabindex, and a focusable region needs a name.
/// </summary>
internal static class ScrollableTable
{
    public static void Open(HtmlBuilder html, string label, bool wide, string? caption = null)
    {
        html.Open("div", ("class", "table-scroll"), ("role", "region"), ("aria-label", label), ("tabindex", "0")).Line()
            .Open("table", ("class", wide ? "wide" : null)).Line();
        if (caption is not null)
        {
            html.Element("caption", caption).Line();
        }
    }

    public static void Close(HtmlBuilder html) => html.Close("table").Line().Close("div").Line();

    /// <summary>A header row of column headings.</summary>
    public static void Head(HtmlBuilder html, IEnumerable<string> columns)
    {
        html.Open("thead").Open("tr");
        foreach (var column in columns)
        {
            html.Element("th", column, ("scope", "col"));
        }

        html.Close("tr").Close("thead").Line();
    }
}
