using System.Net;
using PolicyKit.SignOff.Rounds;
using PolicyKit.SignOff.Storage;
using PolicyKit.Tests.Support;

namespace PolicyKit.Tests.SignOff.Service;

/// <summary>A trust-sized round on the dashboard: a hundred people a page, searched and filtered on the server.</summary>
[Collection(LocalServicesCollection.Name)]
public sealed class RoundPagingTests(LocalServicesFixture services)
{
    private const int Bulk = 2_499;

    [Fact]
    public async Task A_round_of_2500_people_is_shown_a_page_at_a_time_and_searched_by_staff_id()
    {
        await using var app = new SignOffAppFactory(services);
        var scenario = new SignOffScenario(app, services);
        var (_, round) = await scenario.StartWithAsync(1);

        // The rest go straight into storage, already emailed, so the test does not send 2,499 emails.
        var now = DateTimeOffset.UtcNow;
        var sent = new MailState { State = MailState.Sent, SentUtc = now, ExpiresUtc = now.AddDays(30) }.ToMetadata();
        await Parallel.ForEachAsync(Enumerable.Range(1, Bulk), new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (i, ct) =>
        {
            var invite = new InviteRecord(round, "millbrook", $"bulk-{i:D4}", $"Bulk Person {i:D4}", $"bulk{i:D4}@example.org", "staff", $"B{i:D4}", now);
            await app.Store.TryCreateAsync(BlobNames.Invite(round, "millbrook", invite.PersonId), RecordJson.Serialize(invite), RecordJson.ContentType, sent, ct);
        });
        using var admin = app.AdminApi();

        var third = await PageAsync(admin, $"/admin/rounds/{round}?p=3");
        Assert.Contains("201–300 of 2500 matching (2500 people in the round)", third);
        Assert.Contains("Bulk Person 0201", third);
        Assert.Contains("Bulk Person 0300", third);
        Assert.DoesNotContain("Bulk Person 0200", third);
        Assert.DoesNotContain("Bulk Person 0301", third);
        Assert.Contains("aria-current=\"page\">3<", third);
        Assert.Contains($"href=\"/admin/rounds/{round}?p=25\"", third);

        var last = await PageAsync(admin, $"/admin/rounds/{round}?p=25");
        Assert.Contains("2401–2500 of 2500 matching", last);
        Assert.Contains("staff Person 1", last);

        var found = await PageAsync(admin, $"/admin/rounds/{round}?q=b1234");
        Assert.Contains("1–1 of 1 matching", found);
        Assert.Contains("bulk1234@example.org", found);

        // Filters combine with search; a page past the end shows the last one.
        var filtered = await PageAsync(admin, $"/admin/rounds/{round}?status=Outstanding&q=Bulk%20Person%2001&p=2");
        Assert.Contains("1–100 of 100 matching", filtered);
        Assert.Contains("Bulk Person 0199", filtered);
        Assert.Contains("<span class=\"count\">2500</span> outstanding", third);
        using var missing = await admin.GetAsync($"/admin/rounds/{round}?p=999");
        Assert.Equal(HttpStatusCode.OK, missing.StatusCode);
        Assert.Contains("2401–2500 of 2500 matching", WebUtility.HtmlDecode(await missing.Content.ReadAsStringAsync()));
    }

    /// <summary>The page as text: Razor writes the en dash in "1–100" as a character reference.</summary>
    private static async Task<string> PageAsync(HttpClient admin, string path) => WebUtility.HtmlDecode(await admin.GetStringAsync(path));
}
