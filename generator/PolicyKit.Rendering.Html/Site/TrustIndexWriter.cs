using System.Globalization;
using PolicyKit.Model.Document;
using PolicyKit.Rendering.Html.Pages;
using PolicyKit.Rendering.Html.Styling;
using PolicyKit.Rendering.Html.Writing;

namespace PolicyKit.Rendering.Html.Site;

/// <summary>out/index.html: the trust's schools, each linking to its policy index.</summary>
internal static class TrustIndexWriter
{
    private const string Heading = "Policies by school";

    public static string Write(TrustIndexPage page)
    {
        var html = new HtmlBuilder();
        PageShell.Begin(html, PageShell.DefaultLanguage, Heading + PageShell.TitleSeparator + page.TrustName, page.Branding is { } branding ? Palette.For(branding) : Palette.Default, "main");
        SiteHeader.Write(html, page.TrustName, motto: null, page.Logo, []);

        html.Open("main", ("id", "main"), ("class", "wrap")).Line()
            .Element("h1", Heading).Line()
            .Element("p", $"Choose a school to read the policies of {page.TrustName} as they apply there.", ("class", "lead")).Line();
        if (page.Schools.Count == 0)
        {
            html.Element("p", "No schools have been published yet.").Line();
        }
        else
        {
            html.Open("ul", ("class", "school-list")).Line();
            foreach (var school in page.Schools)
            {
                html.Open("li")
                    .Element("a", school.Name, ("href", SafeHref.Relative(school.Href)))
                    .Open("br")
                    .Element("span", Count(school.PolicyCount), ("class", "policy-count"))
                    .Close("li").Line();
            }

            html.Close("ul").Line();
        }

        html.Close("main").Line();
        ContactFooter.Write(html, new Organisation(page.TrustName, null, null, []));
        PageShell.End(html);
        return html.ToString();
    }

    private static string Count(int policies) =>
        policies == 1 ? "1 policy" : policies.ToString(CultureInfo.InvariantCulture) + " policies";
}
