using Microsoft.Playwright;
using PolicyKit.Cli;
using PolicyKit.SignOff.Roster;
using PolicyKit.Tests.Rendering.Html;
using PolicyKit.Tests.SignOff.Service;
using PolicyKit.Tests.Support;

namespace PolicyKit.Tests.SignOff.Ratification;

/// <summary>
/// The whole ratification, as the people involved do it: the author proposes version 2.1 with the commands the README
/// gives, the clerk sends it from the service, the chair approves it in a browser from the emailed link, the author
/// pulls the approval into the sources, and the next build shows 2.1 in force with the date it was ratified.
/// </summary>
[Collection(LocalServicesCollection.Name)]
public sealed class RatifyEndToEndTests(LocalServicesFixture services) : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "policykit-tests", Guid.NewGuid().ToString("N"));

    private string Repository => Path.Combine(_root, "repo");

    private string Policies => Path.Combine(Repository, "policies");

    private string PolicyFile => Path.Combine(Policies, "information-security.md");

    private string OverrideFile => Path.Combine(Policies, "schools", "millbrook", "overrides", "information-security.yaml");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task The_clerk_sends_the_chair_approves_pull_updates_the_source_and_the_next_build_shows_the_new_date()
    {
        // The example trust in git: 2.0 in force, then the proposal of 2.1 committed on top (dated before today, as a
        // real proposal is, so that approving it today is a valid ratification).
        var chair = LocalServicesFixture.NewAddress("chair");
        var clerk = LocalServicesFixture.NewAddress("clerk");
        var governor = LocalServicesFixture.NewAddress("governor");
        GitRepository.Init(Repository);
        CliRun.CopyFolder(RepositoryPaths.Policies, Policies);
        CliRun.CopyFolder(Path.Combine(RepositoryPaths.Root, "templates"), Path.Combine(Repository, "templates"));
        var school = Path.Combine(Policies, "schools", "millbrook", "school.yaml");
        File.WriteAllText(school, File.ReadAllText(school).Replace("g.pryce@millbrook.example", chair, StringComparison.Ordinal).Replace("clerk@millbrook.example", clerk, StringComparison.Ordinal));
        var proposal = File.ReadAllText(PolicyFile).Replace("date: 2027-05-26", "date: 2026-11-20", StringComparison.Ordinal);
        var entry = proposal.IndexOf("  - version: \"2.1\"", StringComparison.Ordinal);
        File.WriteAllText(PolicyFile, proposal.Remove(entry, proposal.IndexOf("related:", entry, StringComparison.Ordinal) - entry)
            .Replace("Shred paper containing personal data", "Tear up paper containing personal data", StringComparison.Ordinal));
        GitRepository.CommitAll(Repository, "Information security 2.0");
        File.WriteAllText(PolicyFile, proposal);
        GitRepository.CommitAll(Repository, "Information security 2.1 proposed");

        var port = FreePorts.Next();
        var baseUrl = $"http://127.0.0.1:{port}";
        await using var app = new SignOffAppFactory(services, s => s["SignOff:PublicBaseUrl"] = baseUrl + "/");
        app.UseKestrel(port);
        app.StartServer();
        await ProposalFixture.ImportGovernorsAsync(app.Store, new RosterPerson("millbrook", "g1", "Gina Governor", governor, PersonGroups.Governors, null));
        string[] storage = ["--storage", app.Storage.ConnectionString, "--container", app.Storage.Container];

        // The author: propose 2.1 for Millbrook (its documents and the redline from 2.0, read from git history).
        var (code, stdout, stderr) = await CliRun.RunAsync(["ratifications", "propose", "information-security", "--policies", Policies, "--school", "millbrook", "--out", Path.Combine(_root, "out"), .. storage]);
        Assert.True(code == ExitCodes.Success, stderr + stdout);
        Assert.Contains("Proposed version 2.1 of 'Information security and acceptable use' (in force: 2.0) for 1 school: 1 uploaded", stdout, StringComparison.Ordinal);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await TestBrowser.LaunchAsync(playwright);

        // The clerk: the chair and the governor come from the sources and the roster.
        var admin = await TestBrowser.SignInAsync(browser, baseUrl, SignOffAppFactory.AdminKeyValue);
        await admin.ClickAsync("nav >> text=Ratifications");
        await admin.ClickAsync("text=Send to the chair");
        await Assertions.Expect(admin.Locator("#ChairName")).ToHaveValueAsync("Graham Pryce");
        await Assertions.Expect(admin.Locator("#ChairEmail")).ToHaveValueAsync(chair);
        await admin.FillAsync("#MinuteRef", "LGB 2026/12 item 3");
        await admin.CheckAsync("#copy-g1");
        await admin.ClickAsync("form.send-form button[type=submit]");
        await Assertions.Expect(admin.Locator(".notice-success")).ToContainTextAsync("Sent to the chair");

        // The chair: the redline shows the reworded clause (2.0's words deleted, 2.1's inserted); approve.
        var ask = (await services.Maildev.WaitForAsync(m => m.Count > 0, TimeSpan.FromSeconds(30), chair)).Single();
        var page = await browser.NewPageAsync();
        await page.GotoAsync($"{baseUrl}/ratify/{ProposalFixture.RatifyToken(ask.Text ?? "")}");
        var redline = page.FrameLocator("iframe");
        await Assertions.Expect(redline.Locator("del").Filter(new() { HasText = "Tear up" }).First).ToBeVisibleAsync();
        await Assertions.Expect(redline.Locator("ins").Filter(new() { HasText = "Shred" }).First).ToBeVisibleAsync();
        await page.FillAsync("#FullName", "Graham Pryce");
        await page.CheckAsync("#Agree");
        await page.ClickAsync("form.approve-form button[type=submit]");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Approved");

        // The author: pull writes the approval into Millbrook's override file; a second pull changes nothing.
        (code, stdout, stderr) = await CliRun.RunAsync(["ratifications", "pull", "--policies", Policies, "--record-key", SignOffAppFactory.RecordKeyValue, .. storage]);
        Assert.True(code == ExitCodes.Success, stderr + stdout);
        var today = PolicyKit.SignOff.Mail.UkTime.DateOf(DateTimeOffset.UtcNow);
        var written = File.ReadAllText(OverrideFile);
        Assert.Contains($"ratified: {today:yyyy-MM-dd}", written, StringComparison.Ordinal);
        Assert.Contains("version: \"2.1\"", written, StringComparison.Ordinal);
        Assert.Contains("chair: Graham Pryce", written, StringComparison.Ordinal);
        Assert.Contains("minute-ref: LGB 2026/12 item 3", written, StringComparison.Ordinal);
        Assert.Contains("1 approval written", stdout, StringComparison.Ordinal);
        Assert.Contains("overrides/information-security.yaml(", stdout, StringComparison.Ordinal);
        (code, stdout, _) = await CliRun.RunAsync(["ratifications", "pull", "--policies", Policies, "--record-key", SignOffAppFactory.RecordKeyValue, .. storage]);
        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("0 approvals written, 1 already in the sources", stdout, StringComparison.Ordinal);
        Assert.Equal(written, File.ReadAllText(OverrideFile));

        // The next build: 2.1 is in force at Millbrook, ratified today by its governors, signed by the chair.
        var output = Path.Combine(_root, "site");
        (code, _, stderr) = await CliRun.RunAsync("build", "--policies", Policies, "--school", "millbrook", "--policy", "information-security", "--format", "docx", "--out", output);
        Assert.True(code == ExitCodes.Success, stderr);
        var text = string.Join("\n", DocxText.Paragraphs(Path.Combine(output, "millbrook", "information-security.docx")));
        var date = PolicyKit.Model.Presentation.BritishDates.Long(today);
        Assert.Contains($"Ratified by the Local governing body on {date}, minute LGB 2026/12 item 3.", text, StringComparison.Ordinal);
        Assert.Contains("Graham Pryce", text, StringComparison.Ordinal);
        Assert.Contains(PolicyKit.Model.Presentation.BritishDates.Long(today.AddYears(1)), text, StringComparison.Ordinal);
        Assert.DoesNotContain("awaiting ratification", text, StringComparison.Ordinal);
    }
}
