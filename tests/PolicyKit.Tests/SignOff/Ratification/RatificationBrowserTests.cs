using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using PolicyKit.SignOff.Evidence;
using PolicyKit.SignOff.Ratification;
using PolicyKit.SignOff.Roster;
using PolicyKit.Tests.Rendering.Html;
using PolicyKit.Tests.SignOff.Service;
using PolicyKit.Tests.Support;

namespace PolicyKit.Tests.SignOff.Ratification;

/// <summary>
/// The clerk sends a proposed version from the admin pages; the chair opens the link from their email, reads the
/// redline and approves; the receipt and the clerk's notice arrive, and the approval is listed for pull.
/// </summary>
[Collection(LocalServicesCollection.Name)]
public sealed class RatificationBrowserTests(LocalServicesFixture services)
{
    private static readonly List<string> WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    [Fact]
    public async Task The_clerk_sends_a_proposal_and_the_chair_approves_it_online()
    {
        var port = FreePorts.Next();
        var baseUrl = $"http://127.0.0.1:{port}";
        await using var app = new SignOffAppFactory(services, s => s["SignOff:PublicBaseUrl"] = baseUrl + "/");
        app.UseKestrel(port);
        app.StartServer();

        var chair = LocalServicesFixture.NewAddress("chair");
        var clerk = LocalServicesFixture.NewAddress("clerk");
        var (gina, gus) = (LocalServicesFixture.NewAddress("gina"), LocalServicesFixture.NewAddress("gus"));
        await ProposalFixture.ImportGovernorsAsync(app.Store,
            new RosterPerson("millbrook", "g1", "Gina Governor", gina, PersonGroups.Governors, null),
            new RosterPerson("millbrook", "g2", "Gus Governor", gus, PersonGroups.Governors, null),
            new RosterPerson("millbrook", "s1", "Sam Staff", LocalServicesFixture.NewAddress("sam"), PersonGroups.Staff, null));
        var folder = Path.Combine(Path.GetTempPath(), $"proposal-{Guid.NewGuid():N}");
        var files = await ProposalFixture.WriteFilesAsync(folder, "Clause 4 now covers AI tools.");
        var report = await ProposalPublisher.Connect(app.Storage, TimeProvider.System).PublishAsync(
            ProposalFixture.Request(files, new("Chris Chair", chair), new("Cleo Clerk", clerk)), CancellationToken.None);
        Assert.Empty(report.Problems);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await TestBrowser.LaunchAsync(playwright);

        // The clerk: sign in, open Ratifications from the navigation, send to the chair with two governors copied.
        var admin = await TestBrowser.SignInAsync(browser, baseUrl, SignOffAppFactory.AdminKeyValue);
        await admin.ClickAsync("nav >> text=Ratifications");
        var row = admin.Locator("table.proposals tbody tr");
        await Assertions.Expect(row).ToContainTextAsync("Not sent");
        await admin.ClickAsync("text=Send to the chair");
        await Assertions.Expect(admin.Locator("#ChairName")).ToHaveValueAsync("Chris Chair");
        await Assertions.Expect(admin.Locator("#ChairEmail")).ToHaveValueAsync(chair);
        await Assertions.Expect(admin.Locator("fieldset")).Not.ToContainTextAsync("Sam Staff");
        await admin.FillAsync("#MinuteRef", "FGB 2027/06 item 4");
        await admin.CheckAsync("#copy-g1");
        await admin.CheckAsync("#copy-g2");
        await admin.ClickAsync("form.send-form button[type=submit]");
        await Assertions.Expect(admin.Locator(".notice-success")).ToContainTextAsync("Sent to the chair");
        await Assertions.Expect(row).ToContainTextAsync("Sent to Chris Chair");

        // The chair: the email's link opens the page with the redline.
        var ask = (await services.Maildev.WaitForAsync(m => m.Count > 0, TimeSpan.FromSeconds(30), chair)).Single();
        var token = ProposalFixture.RatifyToken(ask.Text ?? "");
        var phone = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 }, IsMobile = true });
        await phone.GotoAsync($"{baseUrl}/ratify/{token}");
        await Assertions.Expect(phone.Locator("p.ask")).ToHaveTextAsync("Approve version 2.1 of Information security and acceptable use for Millbrook School on behalf of the Local governing body.");
        await Assertions.Expect(phone.Locator("main")).ToContainTextAsync("Clause 4 now covers AI tools.");
        await Assertions.Expect(phone.FrameLocator("iframe").Locator("h1")).ToHaveTextAsync("Information security: changes");

        // A governor's copy reads the same request but cannot approve it, even by posting the form.
        var copy = (await services.Maildev.WaitForAsync(m => m.Count > 0, TimeSpan.FromSeconds(30), gina)).Single();
        Assert.StartsWith("For information:", copy.Subject);
        var governorToken = ProposalFixture.RatifyToken(copy.Text ?? "");
        var governor = await browser.NewPageAsync();
        await governor.GotoAsync($"{baseUrl}/ratify/{governorToken}");
        await Assertions.Expect(governor.Locator("main")).ToContainTextAsync("You do not need to do anything");
        await Assertions.Expect(governor.Locator("form.approve-form")).ToHaveCountAsync(0);
        var refused = await app.Service<RatificationService>().ApproveAsync(governorToken, "Gina Governor", agreed: true, new("192.0.2.9", "x", "r"), CancellationToken.None);
        Assert.False(refused.Recorded);
        Assert.Empty(await app.Service<RatificationCatalog>().ApprovedAsync(CancellationToken.None));

        // Approving: name typed, box ticked.
        await phone.FillAsync("#FullName", "Christine Chair");
        await phone.CheckAsync("#Agree");
        await phone.ClickAsync("form.approve-form button[type=submit]");
        await Assertions.Expect(phone.Locator("h1")).ToHaveTextAsync("Approved");

        var receipt = (await services.Maildev.WaitForAsync(m => m.Count == 2, TimeSpan.FromSeconds(30), chair)).Single(m => m.Subject.StartsWith("You have approved", StringComparison.Ordinal));
        Assert.Contains(files.RedlineHtml!.Sha256, receipt.Text);
        var notice = (await services.Maildev.WaitForAsync(m => m.Count > 0, TimeSpan.FromSeconds(30), clerk)).Single();
        Assert.StartsWith("Approved: Information security and acceptable use version 2.1 for Millbrook School", notice.Subject);
        Assert.Contains("Christine Chair", notice.Text);

        var approval = Assert.Single(await app.Service<RatificationCatalog>().ApprovedAsync(CancellationToken.None));
        Assert.Equal(("information-security", "2.1", "governing-body", "millbrook", "Christine Chair", "FGB 2027/06 item 4"),
            (approval.Policy, approval.Version, approval.Body, approval.School, approval.Chair, approval.MinuteRef));
        Assert.Equal(PolicyKit.SignOff.Mail.UkTime.DateOf(DateTimeOffset.UtcNow), approval.Date);
        Assert.Contains(approval.Evidence, receipt.Text);
        var requestId = approval.Evidence.Split('#')[0];
        Assert.True((await ChainVerifier.Connect(app.Storage, SignOffAppFactory.RecordKeyValue).VerifyAsync(requestId, CancellationToken.None)).IsIntact);

        // The clerk's list shows it approved; the API gives the same approval.
        await admin.ReloadAsync();
        await Assertions.Expect(row).ToContainTextAsync("Approved by Christine Chair");
        using var api = new HttpClient { BaseAddress = new Uri(baseUrl) };
        api.DefaultRequestHeaders.Add(PolicyKit.Functions.Admin.AdminAuthentication.KeyHeader, SignOffAppFactory.AdminKeyValue);
        Assert.Contains("Christine Chair", await api.GetStringAsync("/api/ratifications"));
        Directory.Delete(folder, true);
    }
    [Fact]
    public async Task The_ratification_pages_pass_the_accessibility_check_on_a_laptop_and_a_phone()
    {
        var port = FreePorts.Next();
        var baseUrl = $"http://127.0.0.1:{port}";
        await using var app = new SignOffAppFactory(services, s => s["SignOff:PublicBaseUrl"] = baseUrl + "/");
        app.UseKestrel(port);
        app.StartServer();
        var (chair, trustChair, gina) = (LocalServicesFixture.NewAddress("chair"), LocalServicesFixture.NewAddress("trust-chair"), LocalServicesFixture.NewAddress("gina"));
        await ProposalFixture.ImportGovernorsAsync(app.Store, new RosterPerson("millbrook", "g1", "Gina Governor", gina, PersonGroups.Governors, null));
        var folder = Path.Combine(Path.GetTempPath(), $"proposal-{Guid.NewGuid():N}");
        var files = await ProposalFixture.WriteFilesAsync(folder, "Clause 4 now covers AI tools.");
        var publisher = ProposalPublisher.Connect(app.Storage, TimeProvider.System);
        await publisher.PublishAsync(ProposalFixture.Request(files, new("Chris Chair", chair), new("Cleo Clerk", LocalServicesFixture.NewAddress("clerk"))), CancellationToken.None);
        await publisher.PublishAsync(ProposalFixture.Request(files, null!, null!) with
        {
            Body = "trust-board",
            TrustWide = true,
            Chair = new("Tara Trustee", trustChair),
            Clerk = new("Gov Services", LocalServicesFixture.NewAddress("trust-clerk")),
            Documents = [new("brookfield", "Brookfield Learning Trust", "Trust board", null, null, files)],
        }, CancellationToken.None);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await TestBrowser.LaunchAsync(playwright);
        var laptop = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var phone = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true });
        foreach (var context in new[] { laptop, phone })
        {
            var admin = await context.NewPageAsync();
            await admin.GotoAsync(baseUrl + "/admin");
            await admin.FillAsync("#Key", SignOffAppFactory.AdminKeyValue);
            await admin.ClickAsync("button[type=submit]");
            await admin.WaitForURLAsync(baseUrl + "/admin");
        }

        async Task CheckAsync(string path)
        {
            foreach (var context in new[] { laptop, phone })
            {
                var page = await context.NewPageAsync();
                await page.GotoAsync(baseUrl + path);
                await AssertAccessibleAsync(page);
                await page.CloseAsync();
            }
        }

        await CheckAsync("/admin/ratifications");
        await CheckAsync("/admin/ratifications/send/information-security/2.1/millbrook");

        var ratifications = app.Service<RatificationService>();
        await ratifications.SendAsync(new SendRatification("information-security", "2.1", "millbrook", "Chris Chair", chair, "FGB 2027/06 item 4", "Please read clause 4.", ["g1"], []), CancellationToken.None);
        await ratifications.SendAsync(new SendRatification("information-security", "2.1", ProposalScopes.Trust, "Tara Trustee", trustChair, null, null, [], []), CancellationToken.None);
        var token = ProposalFixture.RatifyToken((await services.Maildev.WaitForAsync(m => m.Count > 0, TimeSpan.FromSeconds(30), chair)).Single().Text ?? "");
        var governorToken = ProposalFixture.RatifyToken((await services.Maildev.WaitForAsync(m => m.Count > 0, TimeSpan.FromSeconds(30), gina)).Single().Text ?? "");
        var trustToken = ProposalFixture.RatifyToken((await services.Maildev.WaitForAsync(m => m.Count > 0, TimeSpan.FromSeconds(30), trustChair)).Single().Text ?? "");

        // Open, with the send-a-new-link button on the clerk's list; the governor's read-only copy.
        await CheckAsync("/admin/ratifications");
        await CheckAsync($"/ratify/{token}");
        await CheckAsync($"/ratify/{governorToken}");

        // A form sent back with a problem shows it accessibly too.
        var problem = await phone.NewPageAsync();
        await problem.GotoAsync($"{baseUrl}/ratify/{token}");
        await problem.CheckAsync("#Agree");
        await problem.ClickAsync("form.approve-form button[type=submit]");
        await Assertions.Expect(problem.Locator("main")).ToContainTextAsync("Type your full name");
        await AssertAccessibleAsync(problem);

        // Approved, and returned with comments; and the clerk's list with both.
        Assert.True((await ratifications.ApproveAsync(token, "Christine Chair", agreed: true, new("192.0.2.7", "test", "r1"), CancellationToken.None)).Recorded);
        Assert.True((await ratifications.ReturnAsync(trustToken, "Clause 4 needs a start date.", new("192.0.2.7", "test", "r2"), CancellationToken.None)).Recorded);
        await CheckAsync($"/ratify/{token}");
        await CheckAsync($"/ratify/{trustToken}");
        await CheckAsync($"/ratify/{governorToken}");
        await CheckAsync("/admin/ratifications");
        Directory.Delete(folder, true);
    }

    private static async Task AssertAccessibleAsync(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = WcagTags } });
        Assert.True(result.Violations.Length == 0, $"{page.Url}:\n" + string.Join('\n', result.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Target))})")));
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), $"{page.Url} scrolls sideways at {page.ViewportSize?.Width} pixels wide.");
    }
}
