using System.Globalization;
using PolicyKit.Rendering.Html.Pages;
using PolicyKit.Rendering.Html.Styling;
using PolicyKit.Rendering.Html.Writing;

namespace PolicyKit.Rendering.Html.Site;

/// <summary>
/// out/&lt;school&gt;/statutory-policies.html: a summary, then one table row per statutory or recommended policy with
/// the school's policy that meets it, its next review, its state and whether it is on the website, then the sources.
/// </summary>
internal static class StatutoryPoliciesWriter
{
    private const string Heading = "Statutory policies";

    private static readonly string[] Columns = ["Policy needed", "Our policy", "Approved by", "Reviewed", "Next review", "State", "Website"];

    // Each state is written in words; the colour only repeats it for a reader who scans the column (WCAG 1.4.1).
    private const string StateRules = """

        .state { font-weight: 700; }
        .state-missing, .state-overdue, .website-missing { color: #9b1c1c; }
        .state-not-ratified { color: #7a4100; }
        .state-in-place { color: #1b5e20; }
        .coverage-summary { padding-left: 1.5em; }
        .coverage-summary li { margin: .25rem 0; }

        """;

    public static string Write(StatutoryPoliciesPage page)
    {
        var organisation = page.Organisation;
        var html = new HtmlBuilder();
        PageShell.Begin(html, PageShell.DefaultLanguage, Heading + PageShell.TitleSeparator + organisation.Name, Palette.For(page.Branding), "main", StateRules);
        NavigationLink[] links = page.TrustIndexHref is { } trustIndex
            ? [new NavigationLink("Policies", page.SchoolIndexHref), new NavigationLink("All schools", trustIndex)]
            : [new NavigationLink("Policies", page.SchoolIndexHref)];
        SiteHeader.Write(html, organisation.Name, organisation.Motto, organisation.Logo, links);

        html.Open("main", ("id", "main"), ("class", "wrap")).Line()
            .Element("h1", Heading).Line()
            .Element("p", $"The policies the Department for Education requires or recommends for {organisation.Name}{(page.TrustName is { } trust ? $", part of {trust}" : string.Empty)}, and the school's own policy that meets each one.", ("class", "lead")).Line()
            .Open("p").Text("Type of school: ").Element("strong", page.SchoolType).Close("p").Line();
        if (page.Requirements.Count == 0)
        {
            html.Element("p", "No statutory or recommended policies are listed for this type of school.").Line();
        }
        else
        {
            WriteSummary(html, page.Requirements);
            WriteTable(html, page);
            WriteSources(html, page.Requirements);
        }

        html.Close("main").Line();
        ContactFooter.Write(html, organisation);
        PageShell.End(html);
        return html.ToString();
    }

    // Phase 1: the counts, so a governor sees at once whether anything needs doing.
    private static void WriteSummary(HtmlBuilder html, IReadOnlyList<StatutoryPolicyEntry> requirements)
    {
        var required = requirements.Count(r => r.Required);
        html.Element("h2", "Summary").Line()
            .Element("p", $"{Count(requirements.Count, "policy applies", "policies apply")} to this school: {required} required and {requirements.Count - required} recommended.").Line()
            .Open("ul", ("class", "coverage-summary")).Line();
        html.Element("li", $"{Count(requirements.Count(r => r.State == StatutoryPolicyState.InPlace), "is", "are")} in place").Line()
            .Element("li", $"{Count(requirements.Count(r => r.State == StatutoryPolicyState.Missing), "is", "are")} missing").Line()
            .Element("li", $"{Count(requirements.Count(r => r.State == StatutoryPolicyState.NotRatified), "is", "are")} not yet ratified").Line()
            .Element("li", $"{Count(requirements.Count(r => r.State == StatutoryPolicyState.ReviewOverdue), "is", "are")} overdue for review").Line()
            .Element("li", $"{Count(requirements.Count(r => r.MustPublish && !r.OnWebsite), "must be on the website and is not", "must be on the website and are not")}").Line()
            .Close("ul").Line();
    }

    // Phase 2: one row per requirement.
    private static void WriteTable(HtmlBuilder html, StatutoryPoliciesPage page)
    {
        var caption = $"Statutory and recommended policies for {page.Organisation.Name}";
        ScrollableTable.Open(html, caption, wide: true, caption);
        ScrollableTable.Head(html, Columns);
        html.Open("tbody").Line();
        foreach (var entry in page.Requirements)
        {
            html.Open("tr")
                .Open("th", ("scope", "row")).Text(entry.Name).Open("br").Text(entry.Required ? "Required" : "Recommended").Close("th")
                .Open("td");
            if (entry.PolicyTitle is null)
            {
                html.Text("None");
            }
            else if (entry.PolicyHref is { } href)
            {
                html.Element("a", entry.PolicyTitle, ("href", SafeHref.Relative(href)));
            }
            else
            {
                html.Text(entry.PolicyTitle);
            }

            html.Close("td")
                .Element("td", entry.Approver)
                .Element("td", entry.ReviewFrequency)
                .Open("td").Date(entry.NextReview, entry.PolicyTitle is null ? "None" : "Not set").Close("td")
                .Open("td");
            State(html, entry);
            html.Close("td")
                .Open("td");
            Website(html, entry);
            html.Close("td").Close("tr").Line();
        }

        html.Close("tbody").Line();
        ScrollableTable.Close(html);
    }

    private static void State(HtmlBuilder html, StatutoryPolicyEntry entry)
    {
        switch (entry.State)
        {
            case StatutoryPolicyState.InPlace:
                html.Element("span", "In place", ("class", "state state-in-place"));
                break;
            case StatutoryPolicyState.Missing:
                html.Element("span", "Missing", ("class", "state state-missing"));
                break;
            case StatutoryPolicyState.NotRatified:
                html.Element("span", "Not yet ratified", ("class", "state state-not-ratified"));
                break;
            case StatutoryPolicyState.ReviewOverdue:
                html.Open("span", ("class", "state state-overdue")).Text("Review overdue");
                if (entry.NextReview is { } due)
                {
                    html.Text(" since ").Date(due);
                }

                html.Close("span");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(entry), entry.State, "a state the page does not word");
        }
    }

    private static void Website(HtmlBuilder html, StatutoryPolicyEntry entry)
    {
        if (!entry.MustPublish)
        {
            html.Text(entry.OnWebsite ? "On the website" : "Not needed on the website");
            return;
        }

        html.Text("Must be on the website: ");
        if (entry.OnWebsite)
        {
            html.Text("it is");
        }
        else
        {
            html.Element("strong", "it is not", ("class", "website-missing"));
        }
    }

    // Phase 3: where each requirement comes from, once each, in the order first cited.
    private static void WriteSources(HtmlBuilder html, IReadOnlyList<StatutoryPolicyEntry> requirements)
    {
        var sources = requirements.SelectMany(r => r.Sources).DistinctBy(s => s.Url, StringComparer.Ordinal).ToList();
        if (sources.Count == 0)
        {
            return;
        }

        html.Element("h2", "Where these come from").Line()
            .Open("ul").Line();
        foreach (var source in sources)
        {
            html.Open("li");
            if (SafeHref.External(source.Url) is { } url)
            {
                html.Element("a", source.Title, ("href", url));
            }
            else
            {
                html.Text(source.Title);
            }

            html.Close("li").Line();
        }

        html.Close("ul").Line();
    }

    private static string Count(int count, string one, string many) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? one : many);
}
