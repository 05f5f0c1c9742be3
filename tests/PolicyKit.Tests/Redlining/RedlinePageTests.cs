using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using PolicyKit.Generator.Redlining;
using PolicyKit.Model.Blocks;
using PolicyKit.Model.Document;
using PolicyKit.Model.Inlines;
using PolicyKit.Rendering.Html;
using PolicyKit.Tests.Rendering.Html;
using Snapshooter;
using Snapshooter.Xunit;
using static PolicyKit.Tests.Rendering.Html.HtmlTestDocuments;

namespace PolicyKit.Tests.Redlining;

/// <summary>
/// The redline web page as a reader gets it: the example information security policy with clauses inserted, deleted,
/// moved and reworded passes the same axe-core WCAG 2.2 AA check as every page of the example site, in Debian
/// Chromium; and a small redline page's HTML is kept as a golden file.
/// </summary>
public sealed class RedlinePageTests : IClassFixture<ExampleSiteBrowserFixture>
{
    private static readonly List<string> WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    private static readonly Edit[] ProposalEdits =
    [
        new(EditKind.Reword, 0, 1, 3),
        new(EditKind.Reword, 2, 2, 4),
        new(EditKind.Insert, 1, 1, 5),
        new(EditKind.Delete, 3, 0, 0),
        new(EditKind.Move, 4, 1, 1),
    ];

    private readonly ExampleSiteBrowserFixture _fixture;

    public RedlinePageTests(ExampleSiteBrowserFixture fixture) => _fixture = fixture;

    [Fact]
    public async Task The_redline_page_of_an_example_policy_has_no_axe_violations_at_WCAG_2_2_AA()
    {
        var from = _fixture.Site.Compilation.Documents.Single(d => d.School.Id == "millbrook" && d.Policy.Id == "information-security").Document;
        var redline = RedlineDocuments.Compare(from, ModelEdits.Apply(from, ProposalEdits));
        Assert.Equal(Enum.GetValues<RedlineChangeKind>().Order(), redline.Changes.Select(c => c.Kind).Distinct().Order());

        var page = await _fixture.NewPageAsync(1280, 900);
        await page.SetContentAsync(Page(redline));
        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = WcagTags } });
        var phoneWidth = await PhoneScrollWidth(page);
        await page.CloseAsync();

        var violations = result.Violations.SelectMany(v => v.Nodes, (v, node) => $"{v.Id} ({v.Impact}) at {node.Target}: {v.Help}").ToList();
        Assert.True(violations.Count == 0, $"{violations.Count} axe violation(s):\n{string.Join('\n', violations)}");
        Assert.True(phoneWidth.Scroll <= phoneWidth.Client, $"{phoneWidth.Scroll} px wide in a {phoneWidth.Client} px phone viewport");
    }

    [Fact]
    public void A_small_redline_page_matches_its_snapshot()
    {
        var old = With(
        [
            Heading(1, "Passwords", "passwords-section"),
            Clauses(
                Item("Never share a password.", "sharing"),
                Item("Passwords have at least eight characters.", "length"),
                Item("Write passwords down only in a locked drawer.", "writing-down")),
            Heading(1, "Reporting", "reporting"),
            Clauses(Item("Report a lost device at once.", "lost-device")),
        ]);
        var proposed = With(
        [
            Heading(1, "Passwords", "passwords-section"),
            Clauses(
                new() { Blocks = [Paragraph(new TextRun("Passwords have at least "), new Strong([new TextRun("twelve")]), new TextRun(" characters."))], Attributes = NodeAttributes.WithId("length") },
                Item("Use a password manager.", "manager")),
            Heading(1, "Reporting", "reporting"),
            Clauses(Item("Report a lost device at once.", "lost-device"), Item("Never share a password.", "sharing")),
        ]);

        // From <body> on: the style sheet in <head> is every policy page's, and is checked where those are.
        var html = Page(RedlineDocuments.Compare(old, proposed));
        Snapshot.Match(html[html.IndexOf("<body", StringComparison.Ordinal)..].Split('\n'));
    }

    // As the diff command renders it: the cover says which versions are compared and what the new one's status is.
    private static string Page(Generator.Redlining.Redline redline)
    {
        var document = new PolicyDocument
        {
            Info = redline.Document.Info with { Comparison = new VersionComparison(redline.FromVersion, redline.ToVersion, "proposed") },
            Body = redline.Document.Body,
        };
        return HtmlRenderer.Render(document, new HtmlPageLinks(null, "information-security-2.0-to-2.1.docx", null));
    }

    private static async Task<(int Scroll, int Client)> PhoneScrollWidth(Microsoft.Playwright.IPage page)
    {
        await page.SetViewportSizeAsync(360, 740);
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        return (widths[0], widths[1]);
    }
}
