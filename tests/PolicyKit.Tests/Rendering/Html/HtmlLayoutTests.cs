using PolicyKit.Model.Document;
using PolicyKit.Model.Layout;
using PolicyKit.Model.Presentation;
using PolicyKit.Rendering.Html;
using Snapshooter;
using Snapshooter.Xunit;
using static PolicyKit.Tests.Rendering.Html.HtmlLayoutDocuments;

namespace PolicyKit.Tests.Rendering.Html;

/// <summary>The web page draws every part of a document's own layout: cover lines, rows, change log, contents depth, signatures.</summary>
public sealed class HtmlLayoutTests
{
    private static readonly HtmlPageLinks Links = new("trust-governance.pdf", "trust-governance.docx", "index.html");

    [Fact]
    public void A_trust_policy_under_its_own_layout_matches_its_snapshot()
    {
        var html = HtmlRenderer.Render(TrustPolicy(), Links);

        // From <body> on: the style sheet in <head> is every policy page's, and is checked where those are.
        Snapshot.Match(html[html.IndexOf("<body", StringComparison.Ordinal)..].Split('\n'));
    }

    [Fact]
    public void Cover_lines_before_the_title_go_above_the_heading_and_the_rest_below_it()
    {
        var layout = TrustLayout() with
        {
            TitlePage =
            [
                new(TitleElementKind.Subtitle, "Policy 7 of the staff handbook"),
                new(TitleElementKind.Title, "Code of conduct"),
                new(TitleElementKind.Text, "Read with the staff handbook."),
            ],
        };

        var main = PageMain(TrustPolicy(layout));
        var first = main.Elements.Take(3).ToList();

        Assert.Equal(["p", "h1", "p"], first.Select(e => e.Name));
        Assert.Equal("Policy 7 of the staff handbook", first[0].Text);
        Assert.True(first[0].HasClass("lead"));
        Assert.Equal("Code of conduct", first[1].Text);
        Assert.Equal("Read with the staff handbook.", first[2].Text);
    }

    [Fact]
    public void A_cover_without_the_logo_or_motto_leaves_them_out_of_the_header()
    {
        var withBoth = TrustLayout() with
        {
            TitlePage = [new(TitleElementKind.Logo, "logo"), new(TitleElementKind.Motto, "Learning together"), new(TitleElementKind.Title, "Trust governance")],
        };
        var withNeither = TrustLayout() with { TitlePage = [new(TitleElementKind.Title, "Trust governance")] };

        var both = Header(TrustPolicy(withBoth));
        var neither = Header(TrustPolicy(withNeither));

        Assert.Single(both.Descendants("img"));
        Assert.Equal("Learning together", Assert.Single(both.Descendants("p"), p => p.HasClass("motto")).Text);
        Assert.Empty(neither.Descendants("img"));
        Assert.DoesNotContain(neither.Descendants("p"), p => p.HasClass("motto"));
        Assert.Equal("Alder Academy Trust", Assert.Single(neither.Descendants("p"), p => p.HasClass("organisation")).Text);
    }

    [Fact]
    public void Metadata_rows_are_the_layouts_and_a_date_is_a_time_element_with_the_month_when_only_the_month_is_known()
    {
        var table = Assert.Single(PageMain(TrustPolicy()).Descendants("table"), t => t.HasClass("metadata"));
        var rows = table.Descendants("tr").Select(tr => (Label: tr.Descendants("th").Single().Text, Cell: tr.Descendants("td").Single())).ToList();

        Assert.Equal(["Last reviewed", "Responsible officer", "Chair of the board", "Contact", "To be reviewed"], rows.Select(r => r.Label));
        var lastReviewed = Assert.Single(rows[0].Cell.Descendants("time"));
        Assert.Equal(("June 2023", "2023-06"), (lastReviewed.Text, lastReviewed["datetime"]));
        var toBeReviewed = Assert.Single(rows[4].Cell.Descendants("time"));
        Assert.Equal(("12 June 2026", "2026-06-12"), (toBeReviewed.Text, toBeReviewed["datetime"]));
        Assert.Empty(rows[1].Cell.Descendants("time"));
    }

    [Fact]
    public void A_change_log_at_the_start_follows_the_metadata_table_and_comes_first_in_the_contents()
    {
        var main = PageMain(TrustPolicy());
        var order = main.Elements.Select(Describe).Where(d => d is not null).ToList();

        Assert.Equal(["h1", "metadata", "Change log", "text before contents", "contents", "1 Purpose", "2 Roles", "Signed"], order);
        var log = main.ById("review-history")!.Parent!;
        Assert.Equal(["Date", "Details of change", "Approved"], log.Descendants("th").Select(th => th.Text));
        Assert.Equal("2024-06", log.Descendants("time").Last()["datetime"]);
        var contents = Assert.Single(main.Descendants("nav"));
        Assert.Equal("#review-history", contents.Descendants("a").First()["href"]);

        static string? Describe(HtmlTree e) => e switch
        {
            { Name: "h1" } => "h1",
            { Name: "table" } when e.HasClass("metadata") => "metadata",
            { Name: "section" } => e.Descendants("h2").First().Text,
            { Name: "h2" } => e.Text,
            { Name: "nav" } => "contents",
            { Name: "p" } when e.Descendants("strong").Any() => "text before contents",
            _ => null,
        };
    }

    [Fact]
    public void A_change_log_at_the_end_comes_after_the_body_and_last_in_the_contents()
    {
        var layout = TrustLayout();
        layout = layout with { ChangeLog = layout.ChangeLog! with { Placement = ChangeLogPlacement.End } };

        var main = PageMain(TrustPolicy(layout));
        var sections = main.Elements.Where(e => e.Name is "h2" or "section").Select(e => e.Name == "h2" ? e.Text : e.Descendants("h2").First().Text);

        Assert.Equal(["1 Purpose", "2 Roles", "Change log", "Signed"], sections);
        Assert.Equal("#review-history", Assert.Single(main.Descendants("nav")).Descendants("a").Last()["href"]);
    }

    [Theory]
    [InlineData(1, new[] { "Change log", "1 Purpose", "2 Roles" })]
    [InlineData(2, new[] { "Change log", "1 Purpose", "1.1 Scope", "2 Roles" })]
    [InlineData(3, new[] { "Change log", "1 Purpose", "1.1 Scope", "1.1.1 Exceptions", "2 Roles" })]
    public void The_contents_list_as_many_heading_levels_as_the_layout_asks_nested_as_the_sections_are(int depth, string[] expected)
    {
        var nav = Assert.Single(PageMain(TrustPolicy(TrustLayout() with { ContentsDepth = depth })).Descendants("nav"));

        Assert.Equal(expected, nav.Descendants("a").Select(a => a.Text));
        Assert.Equal(depth, nav.Descendants("ol").Select(Depth).Max());

        static int Depth(HtmlTree list) => list.Parent is { Name: "nav" } ? 1 : 1 + Depth(list.Parent!.Parent!);
    }

    [Fact]
    public void A_layout_without_rows_contents_change_log_or_signatures_leaves_those_parts_out()
    {
        var layout = TrustLayout() with { Metadata = [], ContentsDepth = 0, ChangeLog = null, Signatures = null, BeforeContents = [] };

        var main = PageMain(TrustPolicy(layout));

        Assert.Empty(main.Descendants("table"));
        Assert.Empty(main.Descendants("nav"));
        Assert.Empty(main.Descendants("section"));
        Assert.Equal(["purpose", "scope", "exceptions", "roles"], main.Descendants().Where(e => e.Name is "h2" or "h3" or "h4").Select(h => h["id"]));
    }

    [Fact]
    public void Signatures_show_the_layouts_heading_sentence_and_labels_and_a_name_only_when_the_role_has_a_holder()
    {
        var section = PageMain(TrustPolicy()).ById("signed")!.Parent!;
        var entries = section.Descendants("li").ToList();

        Assert.Equal("Approved by the board of trustees on 12 June 2023.", section.Descendants("p").Single().Text);
        Assert.Equal(["CEO", "Sam Chief", "Signed on 12 June 2023"], entries[0].Elements.Select(e => e.Text));
        Assert.Equal("2023-06-12", entries[0].Descendants("time").Single()["datetime"]);
        Assert.Equal(["Chair of the board"], entries[1].Elements.Select(e => e.Text));
    }

    [Fact]
    public void Under_the_built_in_mix_of_date_formats_a_change_log_date_is_the_pages_long_date()
    {
        var layout = TrustLayout() with { Dates = null };
        layout = layout with
        {
            ChangeLog = layout.ChangeLog! with
            {
                Rows = [[new LayoutValue("03/09/2025", new DateOnly(2025, 9, 3)), new LayoutValue("Reviewed."), new LayoutValue("09/2026", new DateOnly(2026, 9, 1), MonthOnly: true)]],
            },
        };

        var times = PageMain(TrustPolicy(layout)).ById("review-history")!.Parent!.Descendants("time").ToList();

        Assert.Equal([("3 September 2025", "2025-09-03"), ("September 2026", "2026-09")], times.Select(t => (t.Text, t["datetime"])));
    }

    [Fact]
    public void The_built_in_layout_given_explicitly_draws_the_same_page_body_as_no_layout()
    {
        var document = HtmlTestDocuments.With([HtmlTestDocuments.Heading(1, "Sharing", "sharing"), HtmlTestDocuments.Paragraph("Never.")]);
        var explicitLayout = HtmlTestDocuments.With(document.Body, document.Info with { Layout = BuiltInLayout.For(document.Info) });

        Assert.Equal(Body(HtmlRenderer.Render(document, Links)), Body(HtmlRenderer.Render(explicitLayout, Links)));

        static string Body(string html) => html[html.IndexOf("<body", StringComparison.Ordinal)..];
    }

    private static HtmlTree PageMain(PolicyDocument document) => Assert.Single(HtmlTree.Parse(HtmlRenderer.Render(document, Links)).Descendants("main"));

    private static HtmlTree Header(PolicyDocument document) =>
        Assert.Single(HtmlTree.Parse(HtmlRenderer.Render(document, Links)).Descendants("header"));
}
