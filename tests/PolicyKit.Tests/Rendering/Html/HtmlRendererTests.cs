using PolicyKit.Model.Blocks;
using PolicyKit.Model.Document;
using PolicyKit.Model.Inlines;
using PolicyKit.Rendering.Html;
using static PolicyKit.Tests.Rendering.Html.HtmlTestDocuments;

namespace PolicyKit.Tests.Rendering.Html;

public sealed class HtmlRendererTests
{
    private static readonly HtmlPageLinks Links = new("passwords.pdf", "passwords.docx", "index.html");

    [Fact]
    public void Page_is_html5_in_British_English_with_charset_viewport_and_title()
    {
        var html = HtmlRenderer.Render(With([Paragraph("Hello.")]), Links);
        var page = HtmlTree.Parse(html);

        Assert.StartsWith("<!doctype html>\n<html lang=\"en-GB\">", html, StringComparison.Ordinal);
        Assert.Contains(page.Descendants("meta"), m => m["charset"] == "utf-8");
        Assert.Contains(page.Descendants("meta"), m => m["name"] == "viewport" && m["content"] == "width=device-width, initial-scale=1");
        Assert.Equal("Passwords \u2014 Alder School", Assert.Single(page.Descendants("title")).Text);
        Assert.Equal("Passwords", Assert.Single(page.Descendants("h1")).Text);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Logo_is_embedded_with_its_alt_text_and_size()
    {
        var img = Assert.Single(HtmlTree.Parse(HtmlRenderer.Render(With([]), Links)).Descendants("img"));

        Assert.Equal("Alder School crest", img["alt"]);
        Assert.StartsWith("data:image/png;base64,iVBORw0KGgo", img["src"], StringComparison.Ordinal);
        Assert.Equal(("192", "96"), (img["width"], img["height"]));
    }

    [Fact]
    public void Hostile_text_is_encoded_and_unsafe_links_are_shown_as_text()
    {
        var info = Info() with
        {
            Title = "<script>alert('t')</script>",
            Organisation = new Organisation("\"><img src=x onerror=alert(1)>", "</style><script>x</script>", Logo("a \" b"), []),
            Branding = new Branding("red;}</style>", null, null, "Evil\"; } body { display:none"),
        };
        var document = With(
        [
            Paragraph(
                new TextRun("Tom & \"Jerry\" <b>bold</b> 'quoted'"),
                new Link("javascript:alert(1)", [new TextRun("click me")]),
                new Link("data:text/html,<script>alert(1)</script>", [new TextRun("data")]),
                new Link("https://example.org/?a=1&b=\"2\"", [new TextRun("ok")])),
        ], info);

        var html = HtmlRenderer.Render(document, Links);
        var page = HtmlTree.Parse(html);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Evil\"", html, StringComparison.Ordinal);
        Assert.Contains("Tom &amp; &quot;Jerry&quot; &lt;b&gt;bold&lt;/b&gt; &#39;quoted&#39;", html, StringComparison.Ordinal);
        Assert.Equal("<script>alert('t')</script>", Assert.Single(page.Descendants("h1")).Text);
        var paragraph = page.Descendants("p").Single(p => p.Text.StartsWith("Tom", StringComparison.Ordinal));
        var link = Assert.Single(paragraph.Descendants("a"));
        Assert.Equal(("https://example.org/?a=1&b=%222%22", "ok"), (link["href"], link.Text));
        Assert.Contains("click me", paragraph.Text, StringComparison.Ordinal);
        Assert.Equal("a \" b", Assert.Single(page.Descendants("img"))["alt"]);
    }

    [Fact]
    public void Internal_links_stay_on_the_page_and_links_to_missing_clauses_are_text()
    {
        var document = With(
        [
            Clauses(Item("Lock your screen.", "screen-lock")),
            Paragraph(new Link("#screen-lock", [new TextRun("see above")]), new Link("#nowhere", [new TextRun("nowhere")])),
        ]);
        var page = HtmlTree.Parse(HtmlRenderer.Render(document, Links));

        var links = page.Descendants("main").Single().Descendants("a").Where(a => a.Text is "see above" or "nowhere").ToList();
        Assert.Equal("#screen-lock", Assert.Single(links)["href"]);
        Assert.Equal("li", page.ById("screen-lock")!.Name);
    }

    [Fact]
    public void Rendering_twice_gives_the_same_string()
    {
        var document = With([Heading(1, "Intro"), Clauses(Item("One.", "one", Bullets(Item("Sub.")))), Paragraph("End.", "end")]);

        Assert.Equal(HtmlRenderer.Render(document, Links), HtmlRenderer.Render(document, Links));
    }

    [Fact]
    public void Metadata_review_history_and_signatures_mirror_the_Word_document()
    {
        var page = HtmlTree.Parse(HtmlRenderer.Render(With([]), Links));

        var rowHeaders = page.Descendants("th").Where(th => th["scope"] == "row").Select(th => th.Text).ToList();
        Assert.Equal(["Policy status", "Written by", "Owner", "Approved by", "Date ratified", "Next review date", "Review cycle", "Version", "To be accepted by"], rowHeaders);
        Assert.Contains(page.Descendants("td"), td => td.Text == "3 September 2025");
        var columns = page.Descendants("th").Where(th => th["scope"] == "col").Select(th => th.Text).ToList();
        Assert.Equal(["Version", "Review date", "By whom", "Summary of changes made", "Date ratified by governors/trustees", "Date implemented"], columns);
        var signed = page.Descendants("ul").Single(u => u.HasClass("signatories")).Text;
        Assert.Contains("HeadteacherHana HeadSigned on 3 September 2025", signed, StringComparison.Ordinal);
        Assert.DoesNotContain("____", signed, StringComparison.Ordinal);
    }

    [Fact]
    public void Footer_links_telephone_email_and_website()
    {
        var address = Assert.Single(HtmlTree.Parse(HtmlRenderer.Render(With([]), Links)).Descendants("address"));

        var hrefs = address.Descendants("a").Select(a => a["href"]).ToList();
        Assert.Equal(["tel:01632960001", "mailto:office@alder.example", "https://www.alder.example/"], hrefs);
    }

    [Fact]
    public void Download_links_appear_only_when_offered()
    {
        var with = HtmlTree.Parse(HtmlRenderer.Render(With([]), Links)).Descendants("a").Select(a => a["href"]).ToList();
        var without = HtmlTree.Parse(HtmlRenderer.Render(With([]), new HtmlPageLinks(null, null, null))).Descendants("a").Select(a => a["href"]).ToList();

        Assert.Contains("passwords.pdf", with);
        Assert.Contains("passwords.docx", with);
        Assert.Contains("index.html", with);
        Assert.DoesNotContain(without, h => h is "passwords.pdf" or "passwords.docx" or "index.html");
        Assert.Throws<ArgumentException>(() => HtmlRenderer.Render(With([]), new HtmlPageLinks("javascript:alert(1)", null, null)));
    }

    [Fact]
    public void Tables_have_column_headers_alignment_and_a_focusable_scrolling_region()
    {
        var table = new Table
        {
            HeaderRows = [new TableRow([new TableCell([new TextRun("Account")]), new TableCell([new TextRun("Length")])])],
            BodyRows = [new TableRow([new TableCell([new TextRun("Staff")])])],
            ColumnAlignments = [CellAlignment.Default, CellAlignment.Right],
        };
        var page = HtmlTree.Parse(HtmlRenderer.Render(With([table]), Links));

        var region = page.Descendants("div").Single(d => d.HasClass("table-scroll") && d["aria-label"]!.StartsWith("Table 1", StringComparison.Ordinal));
        Assert.Equal(("region", "0", "Table 1: Account, Length"), (region["role"], region["tabindex"], region["aria-label"]));
        Assert.All(region.Descendants("thead").Single().Descendants("th"), th => Assert.Equal("col", th["scope"]));
        Assert.Equal("align-right", region.Descendants("th").Last()["class"]);
        Assert.Equal(2, region.Descendants("tbody").Single().Descendants("td").Count());
    }
}
