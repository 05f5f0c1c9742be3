using PolicyKit.Model.Document;
using PolicyKit.Rendering.Html.Writing;

namespace PolicyKit.Rendering.Html.Pages;

/// <summary>The banner at the top of every page: logo, name and motto, and links to the site's other pages.</summary>
internal static class SiteHeader
{
    public static void Write(HtmlBuilder html, string name, string? motto, ImageAsset? logo, IReadOnlyList<NavigationLink> links)
    {
        html.Open("header", ("class", "site-header")).Open("div", ("class", "wrap")).Line();
        if (logo is not null)
        {
            LogoImage.Write(html, logo);
            html.Line();
        }

        // The name is not a heading: the page's one h1 is its title, and every page repeats this banner.
        html.Open("div", ("class", "identity"))
            .Element("p", name, ("class", "organisation"));
        if (!string.IsNullOrWhiteSpace(motto))
        {
            html.Element("p", motto, ("class", "motto"));
        }

        html.Close("div").Line();
        if (links.Count > 0)
        {
            html.Open("nav", ("class", "site-nav"), ("aria-label", "Site")).Open("ul");
            foreach (var link in links)
            {
                html.Open("li").Element("a", link.Text, ("href", SafeHref.Relative(link.Href))).Close("li");
            }

            html.Close("ul").Close("nav").Line();
        }

        html.Close("div").Close("header").Line();
    }
}
