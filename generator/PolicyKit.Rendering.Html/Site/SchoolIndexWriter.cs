using PolicyKit.Model.Layout;
using PolicyKit.Model.Presentation;
using PolicyKit.Rendering.Html.Pages;
using PolicyKit.Rendering.Html.Styling;
using PolicyKit.Rendering.Html.Writing;

namespace PolicyKit.Rendering.Html.Site;

/// <summary>out/&lt;school&gt;/index.html: one table row per policy, with its review dates and a link to each format.</summary>
internal static class SchoolIndexWriter
{
    private static readonly string[] Columns = ["Policy", "Status", "Version", "Date ratified", "Next review date", "Read or download"];

    public static string Write(SchoolIndexPage page)
    {
        var organisation = page.Organisation;
        var html = new HtmlBuilder();
        PageShell.Begin(html, PageShell.DefaultLanguage, "Policies" + PageShell.TitleSeparator + organisation.Name, Palette.For(page.Branding), "main");
        SiteHeader.Write(html, organisation.Name, organisation.Motto, organisation.Logo, page.TrustIndexHref is { } trustIndex ? [new NavigationLink("All schools", trustIndex)] : []);

        html.Open("main", ("id", "main"), ("class", "wrap")).Line()
            .Element("h1", "Policies").Line()
            .Element("p", $"The policies of {organisation.Name}{(page.TrustName is { } trust ? $", part of {trust}" : string.Empty)}. Read each one as a web page, or download it as a PDF or Word document.", ("class", "lead")).Line();
        if (page.StatutoryPoliciesHref is { } statutory)
        {
            html.Open("p").Element("a", "Statutory policies", ("href", SafeHref.Relative(statutory)))
                .Text(": the policies the Department for Education requires or recommends for this school, and whether each is in place.").Close("p").Line();
        }

        if (page.Policies.Count == 0)
        {
            html.Element("p", "No policies have been published yet.").Line();
        }
        else
        {
            WriteTable(html, page);
        }

        html.Close("main").Line();
        ContactFooter.Write(html, organisation);
        PageShell.End(html);
        return html.ToString();
    }

    private static void WriteTable(HtmlBuilder html, SchoolIndexPage page)
    {
        var caption = $"Policies of {page.Organisation.Name}";
        ScrollableTable.Open(html, caption, wide: true, caption);
        ScrollableTable.Head(html, Columns);
        html.Open("tbody").Line();
        foreach (var policy in page.Policies)
        {
            html.Open("tr")
                .Open("th", ("scope", "row")).Element("a", policy.Title, ("href", SafeHref.Relative(policy.HtmlHref))).Close("th")
                .Element("td", policy.Status)
                .Element("td", policy.Version)
                .Open("td").Date(policy.DateRatified, "Not yet ratified").Close("td")
                .Open("td").Date(policy.NextReviewMonthOnly ? DateFormat.Long.Format(policy.NextReview, monthOnly: true) : BritishDates.Long(policy.NextReview), policy.NextReview, policy.NextReviewMonthOnly).Close("td")
                .Open("td", ("class", "links"));
            FormatLink(html, "Web page", policy.HtmlHref, policy.Title);
            if (policy.PdfHref is not null)
            {
                FormatLink(html, "PDF", policy.PdfHref, policy.Title);
            }

            if (policy.DocxHref is not null)
            {
                FormatLink(html, "Word", policy.DocxHref, policy.Title);
            }
            html.Close("td").Close("tr").Line();
        }

        html.Close("tbody").Line();
        ScrollableTable.Close(html);
    }

    // "PDF" alone is ambiguous out of its row for a screen reader's list of links; the hidden title makes each unique.
    private static void FormatLink(HtmlBuilder html, string format, string href, string title) =>
        html.Open("a", ("href", SafeHref.Relative(href)))
            .Text(format)
            .Element("span", ": " + title, ("class", "visually-hidden"))
            .Close("a").Text(" ");
}
