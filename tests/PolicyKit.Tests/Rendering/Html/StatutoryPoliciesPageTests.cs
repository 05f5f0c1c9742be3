using PolicyKit.Model.Document;
using PolicyKit.Rendering.Html;
using Snapshooter.Xunit;
using static PolicyKit.Tests.Rendering.Html.HtmlTestDocuments;

namespace PolicyKit.Tests.Rendering.Html;

/// <summary>A school's statutory policies page: a summary, a real table, each state in words, and where each requirement comes from.</summary>
public sealed class StatutoryPoliciesPageTests
{
    private static readonly StatutoryPolicySource Kcsie = new("Keeping children safe in education", "https://www.gov.uk/government/publications/keeping-children-safe-in-education--2");
    private static readonly StatutoryPolicySource Documents = new("Statutory policies for schools and academy trusts", "https://www.gov.uk/government/publications/statutory-policies-for-schools-and-academy-trusts");

    private static StatutoryPolicyEntry ChildProtection { get; } = new(
        "Child protection policy", true, "Governing board", "Annually", "Safeguarding & child protection", "safeguarding.html",
        new DateOnly(2027, 9, 1), StatutoryPolicyState.InPlace, MustPublish: true, OnWebsite: true, [Kcsie, Documents]);

    private static StatutoryPolicyEntry Charging { get; } = new(
        "Charging and remissions policy", true, "Governing board", "Set by the board", null, null,
        null, StatutoryPolicyState.Missing, MustPublish: true, OnWebsite: false, [Documents]);

    private static StatutoryPolicyEntry Accessibility { get; } = new(
        "Accessibility plan", true, "Governing board", "Every 3 years", "Accessibility plan", null,
        new DateOnly(2026, 3, 3), StatutoryPolicyState.ReviewOverdue, MustPublish: true, OnWebsite: false, [Documents]);

    private static StatutoryPolicyEntry Mobiles { get; } = new(
        "Mobile phones in schools", false, "Headteacher", "Annually", "Mobile phones", "mobile-phones.html",
        new DateOnly(2027, 1, 10), StatutoryPolicyState.NotRatified, MustPublish: false, OnWebsite: true, []);

    private static StatutoryPoliciesPage Page(params StatutoryPolicyEntry[] requirements) =>
        new(Info().Organisation, new Branding("00594F", null, null, null), "Test Learning Trust", "Academy, secondary, with a sixth form", requirements, "index.html", "../index.html");

    private static HtmlTree Render(params StatutoryPolicyEntry[] requirements) =>
        HtmlTree.Parse(HtmlSiteRenderer.RenderStatutoryPolicies(Page(requirements)));

    private static HtmlTree Row(HtmlTree page, string requirement) =>
        page.Descendants("tbody").Single().Descendants("tr").Single(r => r.Elements.First().Text.StartsWith(requirement, StringComparison.Ordinal));

    private static string Cell(HtmlTree row, int column) => row.Elements.ElementAt(column).Text;

    [Fact]
    public void The_page_matches_its_snapshot()
    {
        var html = HtmlSiteRenderer.RenderStatutoryPolicies(Page(ChildProtection, Charging, Accessibility, Mobiles));

        // From <body> on: the style sheet in <head> is every page's, and is checked where those are.
        Snapshot.Match(html[html.IndexOf("<body", StringComparison.Ordinal)..].Split('\n'));
    }

    [Fact]
    public void The_page_is_a_titled_English_page_with_one_heading_and_a_captioned_table_with_scoped_headers()
    {
        var page = Render(ChildProtection, Charging);

        Assert.Equal("en-GB", page.Descendants("html").Single()["lang"]);
        Assert.Equal("Statutory policies \u2014 Alder School", page.Descendants("title").Single().Text);
        Assert.Equal("Statutory policies", page.Descendants("h1").Single().Text);
        Assert.Equal("Statutory and recommended policies for Alder School", page.Descendants("caption").Single().Text);
        Assert.Equal(
            ["Policy needed", "Our policy", "Approved by", "Reviewed", "Next review", "State", "Website"],
            page.Descendants("thead").Single().Descendants("th").Select(th => th["scope"] == "col" ? th.Text : "(no scope) " + th.Text));
        Assert.All(page.Descendants("tbody").Single().Descendants("tr"), row => Assert.Equal(("th", "row"), (row.Elements.First().Name, row.Elements.First()["scope"])));
        Assert.Contains("Type of school: Academy, secondary, with a sixth form", page.Descendants("p").Select(p => p.Text));
    }

    [Fact]
    public void Each_state_is_written_in_words_not_shown_by_colour_alone()
    {
        var page = Render(ChildProtection, Charging, Accessibility, Mobiles);

        Assert.Equal("In place", Cell(Row(page, "Child protection policy"), 5));
        Assert.Equal("Missing", Cell(Row(page, "Charging and remissions policy"), 5));
        Assert.Equal("Review overdue since 3 March 2026", Cell(Row(page, "Accessibility plan"), 5));
        Assert.Equal("Not yet ratified", Cell(Row(page, "Mobile phones in schools"), 5));
        Assert.Equal("Child protection policyRequired", Cell(Row(page, "Child protection policy"), 0));
        Assert.Equal("Mobile phones in schoolsRecommended", Cell(Row(page, "Mobile phones in schools"), 0));
    }

    [Fact]
    public void Dates_are_time_elements_with_the_ISO_date()
    {
        var page = Render(Accessibility);

        var times = page.Descendants("time").Select(t => (t["datetime"], t.Text)).ToList();
        Assert.Equal([("2026-03-03", "3 March 2026"), ("2026-03-03", "3 March 2026")], times);
    }

    [Fact]
    public void The_policy_is_linked_only_when_its_page_is_on_the_site_and_a_missing_one_says_none()
    {
        var page = Render(ChildProtection, Charging, Accessibility);

        var linked = Row(page, "Child protection policy").Descendants("a").Single();
        Assert.Equal(("safeguarding.html", "Safeguarding & child protection"), (linked["href"], linked.Text));
        Assert.Empty(Row(page, "Accessibility plan").Descendants("a"));
        Assert.Equal("Accessibility plan", Cell(Row(page, "Accessibility plan"), 1));
        Assert.Equal(("None", "None"), (Cell(Row(page, "Charging and remissions policy"), 1), Cell(Row(page, "Charging and remissions policy"), 4)));
    }

    [Fact]
    public void The_website_column_says_whether_a_policy_that_must_be_published_is()
    {
        var page = Render(ChildProtection, Accessibility, Mobiles);

        Assert.Equal("Must be on the website: it is", Cell(Row(page, "Child protection policy"), 6));
        Assert.Equal("Must be on the website: it is not", Cell(Row(page, "Accessibility plan"), 6));
        Assert.Equal("On the website", Cell(Row(page, "Mobile phones in schools"), 6));
    }

    [Fact]
    public void The_summary_counts_each_state_and_what_is_missing_from_the_website()
    {
        var page = Render(ChildProtection, Charging, Accessibility, Mobiles);

        var summary = page.Descendants("ul").Single(u => u.HasClass("coverage-summary")).Elements.Select(li => li.Text).ToList();
        Assert.Equal(["1 is in place", "1 is missing", "1 is not yet ratified", "1 is overdue for review", "2 must be on the website and are not"], summary);
        Assert.Contains("4 policies apply to this school: 3 required and 1 recommended.", page.Descendants("p").Select(p => p.Text));
    }

    [Fact]
    public void Each_source_is_listed_once_with_a_link()
    {
        var page = Render(ChildProtection, Charging, Accessibility);

        var heading = page.Descendants("h2").Single(h => h.Text == "Where these come from");
        var sources = page.Descendants("main").Single().Elements.SkipWhile(e => e != heading).ElementAt(1).Descendants("a").Select(a => (a["href"], a.Text)).ToList();
        Assert.Equal([(Kcsie.Url, Kcsie.Title), (Documents.Url, Documents.Title)], sources);
    }

    [Fact]
    public void The_page_links_back_to_the_school_index_and_the_trust()
    {
        var links = Render(ChildProtection).Descendants("nav").Single().Descendants("a").Select(a => (a["href"], a.Text)).ToList();

        Assert.Equal([("index.html", "Policies"), ("../index.html", "All schools")], links);
    }

    [Fact]
    public void The_school_index_links_to_the_statutory_policies_page_when_there_is_one()
    {
        var school = new SchoolIndexPage(Info().Organisation, Branding.None, "Test Learning Trust", [], "../index.html");

        var without = HtmlTree.Parse(HtmlSiteRenderer.RenderSchoolIndex(school));
        var with = HtmlTree.Parse(HtmlSiteRenderer.RenderSchoolIndex(school with { StatutoryPoliciesHref = "statutory-policies.html" }));

        Assert.DoesNotContain(without.Descendants("a"), a => a.Text == "Statutory policies");
        Assert.Equal("statutory-policies.html", with.Descendants("a").Single(a => a.Text == "Statutory policies")["href"]);
    }
}
