using System.Diagnostics;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using PolicyKit.Model.Blocks;
using PolicyKit.Tests.Support;
using Xunit.Abstractions;

namespace PolicyKit.Tests.Rendering.Html;

/// <summary>
/// Every page of the example trust's site in Debian Chromium: axe-core finds no WCAG 2.2 AA violation, nothing is
/// loaded from outside the page, and a 360 px phone never scrolls sideways. Screenshots go to .run/artifacts/html/.
/// </summary>
public sealed class HtmlAccessibilityTests : IClassFixture<ExampleSiteBrowserFixture>
{
    private const int ParallelTabs = 2;

    private static readonly List<string> WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    private readonly ExampleSiteBrowserFixture _fixture;
    private readonly ITestOutputHelper _output;

    public HtmlAccessibilityTests(ExampleSiteBrowserFixture fixture, ITestOutputHelper output)
    {
        _fixture = fixture;
        _output = output;
    }

    private ExampleSite Site => _fixture.Site;

    [Fact]
    public async Task Every_page_of_the_example_trust_has_no_axe_violations_at_WCAG_2_2_AA()
    {
        var clock = Stopwatch.StartNew();

        // Most of axe's time per page is fixed cost (injecting and starting axe-core), so a few tabs run side by side.
        var results = await Task.WhenAll(Site.Pages
            .Select((page, i) => (page, i))
            .GroupBy(x => x.i % ParallelTabs, x => x.page)
            .Select(group => AxeAsync(group.ToList())));
        var lines = results.SelectMany(r => r).ToList();

        foreach (var timing in lines.Where(l => l.Timing is not null).OrderBy(l => l.Page, StringComparer.Ordinal))
        {
            _output.WriteLine(timing.Timing);
        }

        _output.WriteLine(
            $"compile {_fixture.CompileTime.TotalMilliseconds:F0} ms, render {Site.Pages.Count} pages {_fixture.RenderTime.TotalMilliseconds:F0} ms, " +
            $"launch Chromium {_fixture.LaunchTime.TotalMilliseconds:F0} ms, axe on every page {clock.Elapsed.TotalMilliseconds:F0} ms");
        var failures = lines.Select(l => l.Violation).OfType<string>().ToList();
        Assert.True(failures.Count == 0, $"{failures.Count} axe violation(s):\n{string.Join('\n', failures)}");
    }

    [Fact]
    public async Task Axe_reports_a_page_that_breaks_the_rules()
    {
        // Guards the test above: a page with no language and an unlabelled image must not pass.
        var page = await _fixture.NewPageAsync(800, 600);
        await page.SetContentAsync("<!doctype html><html><head><title>x</title></head><body><img src=\"data:image/png;base64,iVBORw0KGgo=\"></body></html>");
        var result = await page.RunAxe(Options);
        await page.CloseAsync();

        Assert.Contains(result.Violations, v => v.Id == "image-alt");
        Assert.Contains(result.Violations, v => v.Id == "html-has-lang");
    }

    private static AxeRunOptions Options => new() { RunOnly = new RunOnlyOptions { Type = "tag", Values = WcagTags } };

    private async Task<List<(string Page, string? Violation, string? Timing)>> AxeAsync(IReadOnlyList<SitePage> pages)
    {
        var tab = await _fixture.NewPageAsync(1280, 900);
        var lines = new List<(string, string?, string?)>();
        foreach (var sitePage in pages)
        {
            var clock = Stopwatch.StartNew();
            await tab.GotoAsync(sitePage.Url);
            var result = await tab.RunAxe(Options);
            lines.AddRange(
                from violation in result.Violations
                from node in violation.Nodes
                select (sitePage.RelativePath, (string?)$"{sitePage.RelativePath}: {violation.Id} ({violation.Impact}) at {node.Target}: {violation.Help}", (string?)null));
            lines.Add((sitePage.RelativePath, null, $"{sitePage.RelativePath}: {clock.ElapsedMilliseconds} ms, {result.Passes.Length} rules passed"));
        }

        await tab.CloseAsync();
        return lines;
    }

    [Fact]
    public async Task Every_page_fits_a_360_px_phone_without_sideways_scrolling_and_loads_nothing_else()
    {
        var page = await _fixture.NewPageAsync(360, 740);
        var requests = new List<string>();
        page.Request += (_, request) => requests.Add(request.Url);
        var problems = new List<string>();
        foreach (var sitePage in Site.Pages)
        {
            requests.Clear();
            await page.GotoAsync(sitePage.Url);
            var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
            var (scrollWidth, clientWidth) = (widths[0], widths[1]);
            if (scrollWidth > clientWidth)
            {
                problems.Add($"{sitePage.RelativePath}: {scrollWidth} px wide in a {clientWidth} px viewport");
            }

            // Self-contained: the only request is the page itself (the logo is a data: URL, there is no script).
            problems.AddRange(requests.Where(url => url != sitePage.Url && !url.StartsWith("data:", StringComparison.Ordinal))
                .Select(url => $"{sitePage.RelativePath}: loads {url}"));
        }

        await page.CloseAsync();
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public async Task Screenshots_of_a_policy_page_and_a_school_index_are_kept_as_artifacts()
    {
        var folder = Path.Combine(RepositoryPaths.Root, ".run", "artifacts", "html");
        Directory.CreateDirectory(folder);
        var shots = new (string File, string Page, int Width, int Height)[]
        {
            ("policy-desktop.png", "millbrook/information-security.html", 1280, 900),
            ("policy-mobile.png", "millbrook/information-security.html", 360, 740),
            ("school-index-desktop.png", "larkfield-ashcombe/index.html", 1280, 900),
            ("school-index-mobile.png", "larkfield-ashcombe/index.html", 360, 740),
            ("trust-index-desktop.png", "index.html", 1280, 900),
        };
        foreach (var (file, relativePath, width, height) in shots)
        {
            var page = await _fixture.NewPageAsync(width, height);
            await page.GotoAsync(Site.Pages.Single(p => p.RelativePath == relativePath).Url);
            var path = Path.Combine(folder, file);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
            await page.CloseAsync();
            Assert.True(new FileInfo(path).Length > 10_000, $"{path} looks empty");
            _output.WriteLine(path);
        }

        // The whole site beside the screenshots, to open in a browser when reviewing a change.
        var site = Path.Combine(folder, "site");
        if (Directory.Exists(site))
        {
            Directory.Delete(site, recursive: true);
        }

        foreach (var sitePage in Site.Pages)
        {
            var target = Path.Combine(site, sitePage.RelativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllText(target, sitePage.Html);
        }
    }

    [Fact]
    public void Every_clause_id_of_the_example_trust_is_an_anchor_on_its_page()
    {
        var policyPages = Site.Pages.Where(p => p.Kind == SitePageKind.Policy).ToList();
        Assert.Equal(Site.Compilation.Documents.Count, policyPages.Count);
        foreach (var planned in Site.Compilation.Documents)
        {
            var sitePage = policyPages.Single(p => p.RelativePath == $"{planned.School.Id}/{planned.Policy.Id}.html");
            var ids = HtmlTree.Parse(sitePage.Html).Descendants().Select(e => e["id"]).OfType<string>().ToList();
            Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
            var missing = SourceIds(planned.Document.Body).Except(ids, StringComparer.Ordinal).ToList();
            Assert.True(missing.Count == 0, $"{sitePage.RelativePath}: no anchor for {string.Join(", ", missing)}");
        }
    }

    private static IEnumerable<string> SourceIds(IEnumerable<Block> blocks) => blocks.Descendants().Select(node => node.Id).OfType<string>();
}
