using System.Net;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PolicyKit.SignOff.Publishing;
using PolicyKit.Tests.SignOff.Coverage;
using PolicyKit.Tests.Support;

namespace PolicyKit.Tests.SignOff.Service;

/// <summary>The dashboard's statutory policies section, through the running service against the real Azurite.</summary>
[Collection(LocalServicesCollection.Name)]
public sealed class CoverageDashboardTests(LocalServicesFixture services)
{
    // Friday 8 January 2027, 10:00 in the UK (GMT): two days before the child protection policy's review date.
    private static readonly DateTimeOffset Friday = new(2027, 1, 8, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_review_that_falls_due_after_publishing_shows_as_overdue_with_the_counts_and_the_lines_needing_action()
    {
        var clock = new FakeTimeProvider(Friday);
        await using var app = new SignOffAppFactory(services) { Host = b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)) };
        await new Publisher(app.Store, clock).PublishAsync(new PublishRequest([], [], null) { Coverage = [CoverageSnapshotsTests.Oak(new DateOnly(2027, 1, 10))] }, CancellationToken.None);
        string before;
        using (var admin = await AdminBrowser.SignInAsync(app))
        {
            before = Section(await admin.GetStringAsync("/admin"));
        }

        Assert.Contains("<h3>Oak Academy</h3>", before, StringComparison.Ordinal);
        Assert.Contains("Academy, secondary, with a sixth form", before, StringComparison.Ordinal);
        Assert.Contains("<li>1 missing</li>", before, StringComparison.Ordinal);
        Assert.Contains("<li>0 review overdue</li>", before, StringComparison.Ordinal);
        Assert.Contains("<li>1 not yet ratified</li>", before, StringComparison.Ordinal);
        Assert.Contains("<li>1 not on the website but must be</li>", before, StringComparison.Ordinal);
        Assert.DoesNotContain("Child protection policy", before, StringComparison.Ordinal);
        Assert.Contains("<td>Missing</td>", Row(before, "Charging and remissions policy"), StringComparison.Ordinal);
        Assert.Contains("<td>Must be on the website: it is not</td>", Row(before, "Charging and remissions policy"), StringComparison.Ordinal);
        Assert.Contains("<td>Not yet ratified</td>", Row(before, "Mobile phones in schools"), StringComparison.Ordinal);

        // Monday: nothing was published again, but the review date has passed. (The admin session has expired by then.)
        clock.Advance(TimeSpan.FromDays(3));
        using var later = await AdminBrowser.SignInAsync(app);
        var after = Section(await later.GetStringAsync("/admin"));
        Assert.Contains("<li>1 review overdue</li>", after, StringComparison.Ordinal);
        var overdue = Row(after, "Child protection policy");
        Assert.Contains("<td>Review overdue since Sunday 10 January 2027</td>", overdue, StringComparison.Ordinal);
        Assert.Contains("<td>Safeguarding and child protection</td>", overdue, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_nothing_published_the_section_says_how_to_publish()
    {
        await using var app = new SignOffAppFactory(services);
        using var admin = await AdminBrowser.SignInAsync(app);

        var section = Section(await admin.GetStringAsync("/admin"));

        Assert.Contains("No school's statutory policies have been published yet", section, StringComparison.Ordinal);
    }

    private static string Section(string dashboard)
    {
        var decoded = WebUtility.HtmlDecode(dashboard);
        var start = decoded.IndexOf("<h2>Statutory policies</h2>", StringComparison.Ordinal);
        Assert.True(start >= 0, "The dashboard has no Statutory policies section.");
        return decoded[start..];
    }

    private static string Row(string section, string requirement)
    {
        var start = section.IndexOf("<th scope=\"row\">" + requirement, StringComparison.Ordinal);
        Assert.True(start >= 0, $"No row for {requirement}.");
        return section[start..section.IndexOf("</tr>", start, StringComparison.Ordinal)];
    }
}
