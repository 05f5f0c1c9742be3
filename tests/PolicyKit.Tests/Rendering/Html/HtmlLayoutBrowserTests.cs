using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using PolicyKit.Rendering.Html;
using static PolicyKit.Tests.Rendering.Html.HtmlLayoutDocuments;

namespace PolicyKit.Tests.Rendering.Html;

/// <summary>
/// A policy page under a trust's own layout in Debian Chromium: no axe-core WCAG 2.2 AA violation, and on a 360 px
/// phone its tables wrap between words, never inside a word that fits its cell, without the page scrolling sideways.
/// </summary>
public sealed class HtmlLayoutBrowserTests : IClassFixture<ExampleSiteBrowserFixture>
{
    private static readonly List<string> WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    // Every word in a table cell whose letters fall on more than one line although the word fits the cell's width.
    private const string SplitWordsScript = """
        () => {
          const split = [];
          for (const cell of document.querySelectorAll('main th, main td')) {
            const style = getComputedStyle(cell);
            const width = cell.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
            const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              for (const match of node.data.matchAll(/\S+/g)) {
                const range = document.createRange();
                range.setStart(node, match.index);
                range.setEnd(node, match.index + match[0].length);
                const rects = [...range.getClientRects()].filter(r => r.width > 0);
                const lines = new Set(rects.map(r => Math.round(r.top)));
                const wordWidth = rects.reduce((sum, r) => sum + r.width, 0);
                if (lines.size > 1 && wordWidth <= width) split.push(match[0]);
              }
            }
          }
          return split;
        }
        """;

    private static readonly HtmlPageLinks Links = new("trust-governance.pdf", "trust-governance.docx", "index.html");

    private readonly ExampleSiteBrowserFixture _fixture;

    public HtmlLayoutBrowserTests(ExampleSiteBrowserFixture fixture) => _fixture = fixture;

    [Fact]
    public async Task A_trust_policy_under_its_own_layout_has_no_axe_violations_at_WCAG_2_2_AA()
    {
        var page = await _fixture.NewPageAsync(1280, 900);
        await page.SetContentAsync(HtmlRenderer.Render(TrustPolicy(), Links));
        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = WcagTags } });
        await page.CloseAsync();

        var violations = result.Violations.SelectMany(v => v.Nodes, (v, node) => $"{v.Id} ({v.Impact}) at {node.Target}: {v.Help}").ToList();
        Assert.True(violations.Count == 0, $"{violations.Count} axe violation(s):\n{string.Join('\n', violations)}");
    }

    [Fact]
    public async Task On_a_360_px_phone_table_cells_wrap_between_words_and_the_page_does_not_scroll_sideways()
    {
        var page = await _fixture.NewPageAsync(360, 740);
        await page.SetContentAsync(HtmlRenderer.Render(TrustPolicy(), Links));
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        var split = await page.EvaluateAsync<string[]>(SplitWordsScript);
        var wrapped = await page.EvaluateAsync<int>("() => [...document.querySelectorAll('main td')].filter(td => td.getClientRects().length && td.getBoundingClientRect().height > 40).length");
        await page.CloseAsync();

        Assert.True(widths[0] <= widths[1], $"{widths[0]} px wide in a {widths[1]} px phone viewport");
        Assert.True(split.Length == 0, $"words split across lines: {string.Join(", ", split)}");

        // Guards the check above: some cells are narrow enough to wrap, so there were words that could have split.
        Assert.True(wrapped > 0, "no table cell wraps on a phone, so the test checks nothing");
    }
}
