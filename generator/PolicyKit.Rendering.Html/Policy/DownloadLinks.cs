using PolicyKit.Rendering.Html.Writing;

namespace PolicyKit.Rendering.Html.Policy;

/// <summary>Links to the same policy as PDF and Word, for printing or signing on paper.</summary>
internal static class DownloadLinks
{
    public static void Write(HtmlBuilder html, HtmlPageLinks links)
    {
        if (links.PdfHref is null && links.DocxHref is null)
        {
            return;
        }

        html.Open("ul", ("class", "downloads"), ("aria-label", "Other formats")).Line();
        Link(html, links.PdfHref, "Download PDF");
        Link(html, links.DocxHref, "Download Word document");
        html.Close("ul").Line();
    }

    private static void Link(HtmlBuilder html, string? href, string text)
    {
        if (href is not null)
        {
            html.Open("li").Element("a", text, ("href", SafeHref.Relative(href))).Close("li").Line();
        }
    }
}
