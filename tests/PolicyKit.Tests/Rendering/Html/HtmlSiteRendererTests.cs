using PolicyKit.Model.Document;
using PolicyKit.Model.Presentation;
using PolicyKit.Rendering.Html;
using PolicyKit.Rendering.Html.Writing;
using static PolicyKit.Tests.Rendering.Html.HtmlTestDocuments;

namespace PolicyKit.Tests.Rendering.Html;

public sealed class HtmlSiteRendererTests
{
    private static SchoolIndexPage School(params SchoolIndexEntry[] policies) =>
        new(Info().Organisation, new Branding("00594F", null, null, null), "Test Learning Trust", policies, "../index.html");

    private static SchoolIndexEntry Passwords(string? pdf) =>
        new("Passwords & <keys>", "Non-statutory", "2.0", null, new DateOnly(2027, 7, 1), "passwords.html", pdf, "passwords.docx");

    [Fact]
    public void School_index_lists_each_policy_with_its_dates_and_a_link_to_each_format()
    {
        var html = HtmlSiteRenderer.RenderSchoolIndex(School(Passwords("passwords.pdf")));
        var page = HtmlTree.Parse(html);

        Assert.Equal("Policies \u2014 Alder School", page.Descendants("title").Single().Text);
        Assert.Equal("Policies", page.Descendants("h1").Single().Text);
        Assert.Equal("Policies of Alder School", page.Descendants("caption").Single().Text);
        var row = page.Descendants("tbody").Single().Descendants("tr").Single();
        var header = row.Elements.First();
        Assert.Equal(("th", "row", "Passwords & <keys>"), (header.Name, header["scope"], header.Text));
        Assert.Contains("Not yet ratified", row.Text, StringComparison.Ordinal);
        Assert.Contains("1 July 2027", row.Text, StringComparison.Ordinal);
        var links = row.Descendants("a").Select(a => (a["href"], a.Text)).ToList();
        Assert.Equal(
            [("passwords.html", "Passwords & <keys>"), ("passwords.html", "Web page: Passwords & <keys>"), ("passwords.pdf", "PDF: Passwords & <keys>"), ("passwords.docx", "Word: Passwords & <keys>")],
            links);
        Assert.Contains(page.Descendants("a"), a => a["href"] == "../index.html" && a.Text == "All schools");
        Assert.Contains("--primary: #00594F;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void School_index_leaves_out_the_PDF_link_when_there_is_no_PDF()
    {
        var page = HtmlTree.Parse(HtmlSiteRenderer.RenderSchoolIndex(School(Passwords(pdf: null))));

        Assert.DoesNotContain(page.Descendants("a"), a => a["href"]!.EndsWith(".pdf", StringComparison.Ordinal));
    }

    [Fact]
    public void Trust_index_lists_schools_with_their_policy_counts()
    {
        var trust = new TrustIndexPage("Test Learning Trust", Logo("Trust logo"), [new("Alder School", "alder/index.html", 4), new("Birch School", "birch/index.html", 1)]);
        var html = HtmlSiteRenderer.RenderTrustIndex(trust);
        var page = HtmlTree.Parse(html);

        Assert.Equal("Policies by school \u2014 Test Learning Trust", page.Descendants("title").Single().Text);
        Assert.Equal("Trust logo", page.Descendants("img").Single()["alt"]);
        var items = page.Descendants("ul").Single(u => u.HasClass("school-list")).Elements.Select(li => (li.Descendants("a").Single()["href"], li.Text)).ToList();
        Assert.Equal([("alder/index.html", "Alder School4 policies"), ("birch/index.html", "Birch School1 policy")], items);
        Assert.Equal(html, HtmlSiteRenderer.RenderTrustIndex(trust));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("https://elsewhere.example/")]
    [InlineData("//elsewhere.example/")]
    public void Index_links_must_be_relative(string href)
    {
        Assert.Throws<ArgumentException>(() => HtmlSiteRenderer.RenderTrustIndex(new TrustIndexPage("T", null, [new("S", href, 1)])));
    }

    [Theory]
    [InlineData(2025, 9, 3, "3 September 2025")]
    [InlineData(2026, 12, 31, "31 December 2026")]
    public void Dates_are_written_the_British_way(int year, int month, int day, string expected)
    {
        Assert.Equal(expected, BritishDates.Long(new DateOnly(year, month, day)));
    }

    [Theory]
    [InlineData("https://example.org/a", "https://example.org/a")]
    [InlineData("mailto:dpo@example.org", "mailto:dpo@example.org")]
    [InlineData("tel:+441632960000", "tel:+441632960000")]
    [InlineData("javascript:alert(1)", null)]
    [InlineData("JavaScript:alert(1)", null)]
    [InlineData(" javascript:alert(1)", null)]
    [InlineData("data:text/html,x", null)]
    [InlineData("file:///etc/passwd", null)]
    [InlineData("/etc/passwd", null)]
    [InlineData("vbscript:x", null)]
    public void Only_web_mail_and_telephone_addresses_become_links(string target, string? expected)
    {
        Assert.Equal(expected, SafeHref.External(target));
    }
}
