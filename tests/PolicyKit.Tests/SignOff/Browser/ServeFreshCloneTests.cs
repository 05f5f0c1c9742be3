using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PolicyKit.Tests.Rendering.Html;
using PolicyKit.Tests.SignOff.Service;
using PolicyKit.Tests.Support;

namespace PolicyKit.Tests.SignOff.Browser;

/// <summary>
/// The README's "try it on this machine": <c>./policykit serve</c> in a fresh clone, with no other command first.
/// It must publish what people sign (web pages and PDFs), so a round for every school starts and a person signs.
/// </summary>
public sealed partial class ServeFreshCloneTests
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(10);

    [Fact]
    public async Task Serve_in_a_fresh_clone_starts_a_round_for_every_school_and_a_person_signs()
    {
        Assert.True(File.Exists(ExampleSiteBrowserFixture.ChromiumPath), $"Chromium is not installed at {ExampleSiteBrowserFixture.ChromiumPath}. Install it with: apt-get install -y chromium");
        using var clone = FreshClone.Create();
        var port = FreePorts.Next();
        using var serve = clone.Start("policykit", "serve", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var output = new StringBuilder();
        serve.OutputDataReceived += (_, e) => FreshClone.Append(output, e.Data);
        serve.ErrorDataReceived += (_, e) => FreshClone.Append(output, e.Data);
        serve.BeginOutputReadLine();
        serve.BeginErrorReadLine();
        try
        {
            var printed = await WaitForReadyAsync(serve, output);
            var dashboard = Field(printed, "Dashboard");
            var adminKey = Field(printed, "Admin key");
            using var inbox = new MaildevClient(new Uri(Field(printed, "Inbox")));
            var baseUrl = dashboard[..dashboard.IndexOf("/admin", StringComparison.Ordinal)];

            // One member of staff at each school, from one MIS export with a School column.
            var people = new[] { "millbrook", "oakhurst", "larkfield-ashcombe" }.Select(s => (School: s, Name: $"Fresh {s}", Email: $"fresh.{s}@staff.example")).ToList();
            var roster = Path.Combine(clone.Root, "roster.csv");
            await File.WriteAllTextAsync(roster, "Name,Email,Group,School\n" + string.Concat(people.Select(p => $"{p.Name},{p.Email},Staff,{p.School}\n")));

            using var playwright = await Playwright.CreateAsync();
            await using var browser = await TestBrowser.LaunchAsync(playwright);
            var admin = await browser.NewPageAsync();
            await admin.GotoAsync(dashboard);
            await admin.FillAsync("#Key", adminKey);
            await admin.ClickAsync("button[type=submit]");
            await admin.WaitForURLAsync(dashboard);

            await admin.GotoAsync(baseUrl + "/admin/roster");
            await admin.SetInputFilesAsync("#file", roster);
            await admin.ClickAsync("main form button[type=submit]");
            await Assertions.Expect(admin.Locator("text=Roster imported")).ToBeVisibleAsync();

            // Every school: no school box ticked.
            await admin.GotoAsync(baseUrl + "/admin/rounds/new");
            await admin.CheckAsync("#policy-information-security");
            await admin.CheckAsync("#group-staff");
            await admin.ClickAsync("main form button[type=submit]");
            await Assertions.Expect(admin.Locator("main form table")).ToContainTextAsync("3 people will be emailed");
            await admin.ClickAsync("button:has-text('Start the round and email 3 people')");
            await Assertions.Expect(admin.Locator("text=Round started: 3 people invited now")).ToBeVisibleAsync();
            foreach (var school in new[] { "Millbrook School", "Oakhurst Primary Academy", "Larkfield and Ashcombe Primary Federation" })
            {
                await Assertions.Expect(admin.Locator("main")).ToContainTextAsync(school);
            }

            // The federation's member of staff signs on a phone.
            var signer = people.Single(p => p.School == "larkfield-ashcombe");
            var invitation = (await inbox.WaitForAsync(m => m.Count > 0, TimeSpan.FromSeconds(60), signer.Email)).Single();
            var token = SignOffScenario.TokenIn(invitation.Text ?? "");
            var phone = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true });
            await phone.GotoAsync($"{baseUrl}/sign/{token}");
            await Assertions.Expect(phone.FrameLocator("iframe").Locator("h1, h2").First).ToBeVisibleAsync();
            await Assertions.Expect(phone.Locator("a:has-text('Download it as a PDF')")).ToBeVisibleAsync();
            await phone.FillAsync("#FullName", signer.Name);
            await phone.CheckAsync("#Agree");
            await phone.ClickAsync("form.sign-form button[type=submit]");
            await Assertions.Expect(phone.Locator("h1")).ToHaveTextAsync("Thank you, you have signed");
            await inbox.WaitForAsync(m => m.Any(e => e.Subject.StartsWith("You have signed", StringComparison.Ordinal)), TimeSpan.FromSeconds(60), signer.Email);
        }
        finally
        {
            await StopAsync(serve);
        }

        Assert.True(serve.ExitCode == 0, $"serve exited with {serve.ExitCode} after SIGTERM:\n{FreshClone.Text(output)}");
    }

    private static async Task<string> WaitForReadyAsync(Process serve, StringBuilder output)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < StartTimeout)
        {
            var printed = FreshClone.Text(output);
            if (printed.Contains("Press Ctrl+C to stop.", StringComparison.Ordinal))
            {
                return printed;
            }

            Assert.False(serve.HasExited, $"serve stopped with exit code {(serve.HasExited ? serve.ExitCode : 0)}:\n{printed}");
            await Task.Delay(250);
        }

        throw new TimeoutException($"serve was not ready after {StartTimeout}:\n{FreshClone.Text(output)}");
    }

    private static string Field(string printed, string label)
    {
        var match = Regex.Match(printed, $@"^{Regex.Escape(label)}:\s+(\S+)", RegexOptions.Multiline);
        Assert.True(match.Success, $"serve did not print '{label}:'.\n{printed}");
        return match.Groups[1].Value;
    }

    /// <summary>Ctrl+C's equivalent for a service: SIGTERM, then a kill if it has not stopped in 30 seconds.</summary>
    private static async Task StopAsync(Process serve)
    {
        if (serve.HasExited)
        {
            return;
        }

        using (var kill = Process.Start("kill", ["-TERM", serve.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await serve.WaitForExitAsync(wait.Token);
        }
        catch (OperationCanceledException)
        {
            serve.Kill(entireProcessTree: true);
            await serve.WaitForExitAsync();
        }
    }
}
