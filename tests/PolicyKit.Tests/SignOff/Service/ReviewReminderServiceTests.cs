using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PolicyKit.Cli;
using PolicyKit.SignOff.Storage;
using PolicyKit.Tests.Support;

namespace PolicyKit.Tests.SignOff.Service;

/// <summary>
/// Review reminders end to end against the real Azurite and maildev: the example trust is published with the CLI, the
/// running service's scheduled run emails each policy's owner and the clerk to governors, and the emails are read back.
/// </summary>
[Collection(LocalServicesCollection.Name)]
public sealed class ReviewReminderServiceTests(LocalServicesFixture services) : IDisposable
{
    // Monday 4 January 2027, 08:30 in the UK (GMT). Mobile phones and digital images is due for review on Sunday 10 January.
    private static readonly DateTimeOffset Monday = new(2027, 1, 4, 8, 30, 0, TimeSpan.Zero);
    private readonly string _temp = Directory.CreateTempSubdirectory("policykit-reviews-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public async Task The_scheduled_run_emails_the_policy_owner_and_the_clerk_once_per_threshold_and_weekly_once_overdue()
    {
        // Addresses no other test uses, so the inbox holds only this test's reminders.
        var millbrookLead = LocalServicesFixture.NewAddress("millbrook-dsl");
        var millbrookClerk = LocalServicesFixture.NewAddress("millbrook-clerk");
        var trustClerk = LocalServicesFixture.NewAddress("trust-clerk");
        var oakhurstLead = LocalServicesFixture.NewAddress("oakhurst-dsl");
        var policies = CopyTrust(
            ("trust.yaml", "governance@brookfield.example", trustClerk),
            ("schools/millbrook/school.yaml", "n.rahman@millbrook.example", millbrookLead),
            ("schools/millbrook/school.yaml", "clerk@millbrook.example", millbrookClerk),
            ("schools/oakhurst/school.yaml", "p.chauhan@oakhurst.example", oakhurstLead));
        var clock = new FakeTimeProvider(Monday);
        await using var app = new SignOffAppFactory(services) { Host = b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)) };
        var (published, _, publishErr) = await CliRun.RunAsync(
            "publish", "--policies", policies, "--out", Path.Combine(_temp, "out"), "--templates", Path.Combine(_temp, "templates"),
            "--format", "html", "--storage", app.Storage.ConnectionString, "--container", app.Storage.Container);
        Assert.True(published == ExitCodes.Success, publishErr);
        // Starting the service starts its mail loop; its first run only notes when the schedule starts counting.
        using var started = app.Anonymous();
        await WaitForAsync(async () => await app.Store.ExistsAsync(BlobNames.ChaseLastRun, CancellationToken.None));

        // 09:05: the weekday 09:00 run comes; with 6 days left, the 7-day reminder is the latest threshold reached.
        clock.Advance(TimeSpan.FromMinutes(35));
        var toLead = Assert.Single(await services.Maildev.WaitForAsync(m => m.Count >= 1, TimeSpan.FromSeconds(30), millbrookLead));
        var toClerk = Assert.Single(await services.Maildev.WaitForAsync(m => m.Count >= 1, TimeSpan.FromSeconds(30), millbrookClerk));
        var oakhurst = Assert.Single(await services.Maildev.WaitForAsync(m => m.Count >= 1, TimeSpan.FromSeconds(30), oakhurstLead));

        Assert.Equal("Review due on Sunday 10 January 2027: Mobile phones and digital images at Millbrook School", toLead.Subject);
        Assert.Contains("Dear Nadia Rahman,", toLead.Text);
        Assert.Contains("is due for review on Sunday 10 January 2027: 6 days from today.", toLead.Text);
        Assert.Contains("You are receiving this because you own this policy at Millbrook School.", toLead.Text);
        Assert.Contains("send the new version to the clerk to governors in time to be ratified before Sunday 10 January 2027", toLead.Text);
        Assert.Contains("Mobile phones and digital images</strong>", toLead.Html);
        Assert.Contains("Dear Derek Ashworth,", toClerk.Text);
        Assert.Contains("You are receiving this as clerk to governors. Nadia Rahman (Deputy headteacher and designated safeguarding lead) owns the policy", toClerk.Text);
        Assert.Contains("on the agenda of a governors' meeting before Sunday 10 January 2027", toClerk.Text);
        Assert.Contains("at Oakhurst", oakhurst.Subject, StringComparison.Ordinal);

        // The federation and Oakhurst have no clerk of their own, so the trust's clerk hears about each school.
        var trustClerkMail = await services.Maildev.WaitForAsync(m => m.Count >= 2, TimeSpan.FromSeconds(30), trustClerk);
        Assert.Equal(2, trustClerkMail.Count);
        Assert.All(trustClerkMail, m => Assert.StartsWith("Review due on Sunday 10 January 2027: Mobile phones and digital images at ", m.Subject, StringComparison.Ordinal));

        // The dashboard lists each review with the reminders sent and when the next one falls (the day after the date).
        using (var admin = await AdminBrowser.SignInAsync(app))
        {
            var dashboard = System.Net.WebUtility.HtmlDecode(await admin.GetStringAsync("/admin"));
            var row = dashboard[dashboard.IndexOf("Mobile phones and digital images <span class=\"muted\">v1.1</span></th>\n        <td>Millbrook School", StringComparison.Ordinal)..];
            row = row[..row.IndexOf("</tr>", StringComparison.Ordinal)];
            Assert.Contains("Sunday 10 January 2027<br><span class=\"muted\">in 6 days</span>", row);
            Assert.Contains("<td>Nadia Rahman</td>", row);
            Assert.Contains("<td>Derek Ashworth</td>", row);
            Assert.Contains("<td class=\"num\">2 (last 4 January 2027)</td>", row);
            Assert.Contains("<td>Monday 11 January 2027</td>", row);
        }

        // Later the same day and the next morning: nothing more is sent.
        clock.Advance(TimeSpan.FromHours(6));
        await Task.Delay(TimeSpan.FromSeconds(3));
        clock.Advance(TimeSpan.FromDays(1));
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.Single(await services.Maildev.ListAsync(millbrookLead));
        Assert.Single(await services.Maildev.ListAsync(millbrookClerk));

        // Monday 11 January, 09:05: the review date has passed; the first weekly overdue reminder goes.
        clock.Advance(new DateTimeOffset(2027, 1, 11, 9, 5, 0, TimeSpan.Zero) - clock.GetUtcNow());
        var overdue = await services.Maildev.WaitForAsync(m => m.Count == 2, TimeSpan.FromSeconds(30), millbrookLead);
        var latest = Assert.Single(overdue, m => m.Subject.StartsWith("Review overdue", StringComparison.Ordinal));
        Assert.Equal("Review overdue: Mobile phones and digital images at Millbrook School", latest.Subject);
        Assert.Contains("was due for review on Sunday 10 January 2027. It is now 1 day overdue.", latest.Text);
        Assert.Contains("You will be reminded every week until a new review date is published.", latest.Text);
        Assert.Equal(2, (await services.Maildev.WaitForAsync(m => m.Count == 2, TimeSpan.FromSeconds(30), millbrookClerk)).Count);
    }

    private static async Task WaitForAsync(Func<Task<bool>> condition)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), "The service's mail loop did not run within 30 s.");
            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }
    }

    private string CopyTrust(params (string File, string From, string To)[] addresses)
    {
        // The trust names its Word reference document as ../templates/reference.docx, so both folders are copied.
        var policies = Path.Combine(_temp, "policies");
        CliRun.CopyFolder(Path.Combine(RepositoryPaths.Root, "policies"), policies);
        CliRun.CopyFolder(Path.Combine(RepositoryPaths.Root, "templates"), Path.Combine(_temp, "templates"));
        foreach (var (file, from, to) in addresses)
        {
            var path = Path.Combine(policies, file);
            var text = File.ReadAllText(path);
            Assert.Contains(from, text, StringComparison.Ordinal);
            File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
        }

        return policies;
    }
}
