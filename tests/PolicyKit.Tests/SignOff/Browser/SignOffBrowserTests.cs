using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using PolicyKit.Tests.Rendering.Html;
using PolicyKit.Tests.SignOff.Service;
using PolicyKit.Tests.Support;

namespace PolicyKit.Tests.SignOff.Browser;

/// <summary>
/// The whole journey in Debian Chromium against the real service, Azurite and maildev: a business manager signs in,
/// imports a roster and starts a round; a member of staff opens the link from their email on a phone, signs, and
/// gets a receipt; the dashboard shows the signature. Screenshots go to .run/artifacts/signoff/.
/// </summary>
[Collection(LocalServicesCollection.Name)]
public sealed class SignOffBrowserTests(LocalServicesFixture services)
{
    private static readonly List<string> WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
    private static readonly string Artifacts = Path.Combine(RepositoryPaths.Root, ".run", "artifacts", "signoff");

    [Fact]
    public async Task A_business_manager_starts_a_round_and_a_member_of_staff_signs_on_a_phone()
    {
        Assert.True(File.Exists(ExampleSiteBrowserFixture.ChromiumPath), $"Chromium is not installed at {ExampleSiteBrowserFixture.ChromiumPath}. Install it with: apt-get install -y chromium");
        Directory.CreateDirectory(Artifacts);
        var port = FreePorts.Next();
        var baseUrl = $"http://127.0.0.1:{port}";
        await using var app = new SignOffAppFactory(services, s => s["SignOff:PublicBaseUrl"] = baseUrl + "/");
        app.UseKestrel(port);
        app.StartServer();
        await ExampleTrustBuild.PublishAsync(app.Storage);

        var email = LocalServicesFixture.NewAddress("sam");
        var roster = Path.Combine(Path.GetTempPath(), $"roster-{Guid.NewGuid():N}.csv");
        // Alex is a teacher: the example trust's roster-groups put teachers in the staff group.
        await File.WriteAllTextAsync(roster, $"Full name,Email address,Role,Staff ID\nSam O'Neill,{email},Staff,S1001\nJo Bloggs,jo.bloggs@,Staff,S1002\nAlex Khan,{LocalServicesFixture.NewAddress("alex")},Teacher,S1003\nPriya Shah,{LocalServicesFixture.NewAddress("priya")},Staff,S1004\n");

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await TestBrowser.LaunchAsync(playwright);

        // The business manager: sign in, import the roster (one bad row first, then skip it), start the round.
        var admin = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        await admin.GotoAsync(baseUrl + "/admin");
        Assert.EndsWith("/admin/login?ReturnUrl=%2Fadmin", admin.Url);
        await admin.FillAsync("#Key", SignOffAppFactory.AdminKeyValue);
        await admin.ClickAsync("button[type=submit]");
        await admin.WaitForURLAsync(baseUrl + "/admin");

        await admin.GotoAsync(baseUrl + "/admin/roster");
        await admin.SetInputFilesAsync("#file", roster);
        await admin.SelectOptionAsync("#School", "millbrook");
        await admin.ClickAsync("main form button[type=submit]");
        await Assertions.Expect(admin.Locator("text=Nothing was imported")).ToBeVisibleAsync();
        await Assertions.Expect(admin.Locator("table")).ToContainTextAsync("jo.bloggs@");
        await admin.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Artifacts, "roster-problems.png"), FullPage = true });
        await admin.SetInputFilesAsync("#file", roster);
        await admin.CheckAsync("#SkipInvalid");
        await admin.ClickAsync("main form button[type=submit]");
        await Assertions.Expect(admin.Locator("text=Roster imported")).ToBeVisibleAsync();

        await admin.GotoAsync(baseUrl + "/admin/rounds/new");
        await admin.CheckAsync("#policy-information-security");
        await admin.CheckAsync("#school-millbrook");
        await admin.CheckAsync("#group-staff");
        await admin.ClickAsync("main form button[type=submit]");
        await Assertions.Expect(admin.Locator("main form table")).ToContainTextAsync("3 people will be emailed");
        await AssertNoAxeViolationsAsync(admin);
        await admin.ClickAsync("button:has-text('Start the round and email 3 people')");
        await Assertions.Expect(admin.Locator("text=Round started")).ToBeVisibleAsync();
        var roundUrl = admin.Url.Split('?')[0];

        // The member of staff: the invitation arrives with a personal link.
        var invitation = (await services.Maildev.WaitForAsync(m => m.Count > 0, TimeSpan.FromSeconds(30), email)).Single();
        Assert.Contains("Information security and acceptable use", invitation.Subject);
        var token = SignOffScenario.TokenIn(invitation.Text ?? "");
        Assert.Contains($"{baseUrl}/sign/{token}", invitation.Html);

        var phone = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true });
        await phone.GotoAsync($"{baseUrl}/sign/{token}");
        await Assertions.Expect(phone.Locator("h1")).ToHaveTextAsync("Information security and acceptable use");
        var document = phone.FrameLocator("iframe").Locator("h1, h2").First;
        await Assertions.Expect(document).ToBeVisibleAsync();
        var axe = await phone.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = WcagTags } });
        Assert.True(axe.Violations.Length == 0, string.Join('\n', axe.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Target))})")));
        Assert.True(await phone.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "The sign page scrolls sideways on a phone.");
        await phone.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Artifacts, "sign-page-phone.png"), FullPage = true });

        // The PDF is there to download, and it is the one the round pinned.
        var pdfHref = await phone.GetAttributeAsync("a:has-text('Download it as a PDF')", "href");
        using (var http = new HttpClient())
        {
            var pdf = await http.GetByteArrayAsync(baseUrl + pdfHref);
            Assert.Equal("%PDF"u8.ToArray(), pdf[..4]);
        }

        // Signing without ticking the box is refused with a clear message; then it works.
        await phone.FillAsync("#FullName", "Sam O'Neill");
        await phone.ClickAsync("form.sign-form button[type=submit]");
        await Assertions.Expect(phone.Locator("#problem")).ToContainTextAsync("Tick the box");
        await phone.CheckAsync("#Agree");
        await phone.ClickAsync("form.sign-form button[type=submit]");
        await Assertions.Expect(phone.Locator("h1")).ToHaveTextAsync("Thank you, you have signed");
        await phone.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Artifacts, "signed-phone.png"), FullPage = true });

        // The receipt: the evidence and the document signed.
        var receipt = (await services.Maildev.WaitForAsync(m => m.Count == 2, TimeSpan.FromSeconds(30), email)).Single(m => m.Subject.StartsWith("You have signed", StringComparison.Ordinal));
        Assert.Contains("Sam O&#39;Neill", receipt.Html);
        Assert.Contains(receipt.Attachments, a => a.FileName == "information-security.pdf");

        // The dashboard shows the signature.
        await admin.GotoAsync(roundUrl);
        var row = admin.Locator("table.people tbody tr", new PageLocatorOptions { HasText = "Sam O'Neill" });
        await Assertions.Expect(row).ToContainTextAsync("signed");
        await Assertions.Expect(admin.Locator("ul.counts[aria-label=Totals]")).ToContainTextAsync("1 signed");
        var dashboardAxe = await admin.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = WcagTags } });
        Assert.True(dashboardAxe.Violations.Length == 0, string.Join('\n', dashboardAxe.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Target))})")));
        await admin.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Artifacts, "dashboard.png"), FullPage = true });

        // Search narrows the list; a person's page offers a new link or marking them as left, and meets the same bar.
        await admin.FillAsync("#Q", "priya");
        await admin.ClickAsync("form.filters button[type=submit]");
        await Assertions.Expect(admin.Locator("table.people tbody tr")).ToHaveCountAsync(1);
        await admin.ClickAsync("table.people tbody tr a");
        await Assertions.Expect(admin.Locator("h1")).ToHaveTextAsync("Priya Shah");
        await AssertNoAxeViolationsAsync(admin);
        await admin.CheckAsync("#kind-left");
        await admin.FillAsync("#Reason", "Left at Easter");
        await admin.ClickAsync("button:has-text('Record and stop emails')");
        await Assertions.Expect(admin.Locator(".notice-success")).ToContainTextAsync("no longer count as outstanding");
        await admin.GotoAsync(roundUrl);
        await Assertions.Expect(admin.Locator("ul.counts[aria-label=Totals]")).ToContainTextAsync("1 outstanding");
        await admin.GotoAsync(roundUrl);

        // The evidence check, as an auditor would open it from the dashboard.
        await admin.ClickAsync("text=Check the evidence");
        await Assertions.Expect(admin.Locator(".notice-success")).ToContainTextAsync("Intact");
        await AssertNoAxeViolationsAsync(admin);

        // The other admin pages meet the same bar.
        foreach (var path in new[] { "/admin", "/admin/roster", "/admin/rounds/new" })
        {
            await admin.GotoAsync(baseUrl + path);
            await AssertNoAxeViolationsAsync(admin);
        }
        File.Delete(roster);
    }

    private static async Task AssertNoAxeViolationsAsync(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = WcagTags } });
        Assert.True(result.Violations.Length == 0, $"{page.Url}:\n" + string.Join('\n', result.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Target))})")));
    }
}
