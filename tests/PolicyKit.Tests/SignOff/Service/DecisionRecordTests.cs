using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using PolicyKit.SignOff.Evidence;
using PolicyKit.SignOff.Storage;
using PolicyKit.Tests.Support;

namespace PolicyKit.Tests.SignOff.Service;

/// <summary>What a used link shows, and what happens to a decision that the service did not write.</summary>
[Collection(LocalServicesCollection.Name)]
public sealed class DecisionRecordTests(LocalServicesFixture services)
{
    [Fact]
    public async Task A_used_link_shows_when_and_what_was_signed_without_the_email_address_even_after_it_expired()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var app = new SignOffAppFactory(services) { Host = b => b.ConfigureServices(s => s.AddSingleton<TimeProvider>(clock)) };
        var scenario = new SignOffScenario(app, services);
        var (people, _) = await scenario.StartWithAsync(1);
        using var page = new SignPage(app.Anonymous(), await scenario.TokenFromInvitationAsync(people[0].Email));
        Assert.Equal(HttpStatusCode.OK, (await page.SignAsync("Staff Person One")).Status);

        clock.Advance(TimeSpan.FromDays(45));
        var (status, html) = await page.OpenAsync();

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("You already signed <strong>Information security and acceptable use</strong>", html);
        Assert.Contains(UkDate(clock.GetUtcNow().AddDays(-45)), html);
        Assert.Contains("information-security.pdf", html);
        Assert.DoesNotContain(people[0].Email, html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(people[0].Email.Split('@')[0], html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_decision_put_straight_into_storage_is_not_counted_not_sealed_and_is_reported()
    {
        var logs = new CapturedLogs();
        await using var app = new SignOffAppFactory(services) { Host = b => b.ConfigureLogging(l => l.AddProvider(logs)) };
        var scenario = new SignOffScenario(app, services);
        var (people, round) = await scenario.StartWithAsync(1);
        var token = await scenario.TokenFromInvitationAsync(people[0].Email);
        var personId = RoundPeopleTests.PersonId(people[0].Email);
        var name = BlobNames.Decision(round, "millbrook", personId);

        // Someone with write access to storage, but not the service's record key, writes a plausible signature.
        var forged = new DecisionRecord
        {
            Kind = DecisionRecord.SignedKind,
            RoundId = round,
            School = "millbrook",
            SchoolName = "Millbrook School",
            Policy = SignOffScenario.Policy,
            PolicyTitle = "Information security and acceptable use",
            Version = "1",
            DocumentFile = "information-security.html",
            DocumentSha256 = new string('a', 64),
            PersonId = personId,
            Group = "staff",
            Email = people[0].Email,
            TypedName = "Staff Person One",
            Statements = [],
            AtUtc = DateTimeOffset.UtcNow,
            IpAddress = "198.51.100.9",
            UserAgent = "forger",
            RequestId = "none",
        };
        Assert.True(await app.Store.TryCreateAsync(name, RecordJson.Serialize(forged), RecordJson.ContentType, new Dictionary<string, string> { ["mac"] = new string('0', 64) }, CancellationToken.None));

        var row = Assert.Single((await scenario.StatusAsync(round)).GetProperty("people").EnumerateArray());
        Assert.NotEqual("signed", row.GetProperty("status").GetString());

        using var page = new SignPage(app.Anonymous(), token);
        var (openStatus, openHtml) = await page.OpenAsync();
        Assert.Equal(HttpStatusCode.OK, openStatus);
        Assert.Contains("Type your full name", openHtml);
        var (signStatus, signHtml) = await page.SignAsync("Staff Person One");
        Assert.Equal(HttpStatusCode.BadRequest, signStatus);
        Assert.Contains("could not be recorded", signHtml);
        Assert.Empty(await app.Store.ListAsync(BlobNames.ChainPrefix(round), CancellationToken.None));

        var report = await new ChainVerifier(app.Store, SignOffAppFactory.Authenticator).VerifyAsync(round, CancellationToken.None);
        var problem = Assert.Single(report.Problems);
        Assert.Equal(name, problem.Subject);
        Assert.Contains("not written by PolicyKit", problem.Message);
        using var admin = app.AdminApi();
        Assert.Contains("not written by PolicyKit", await admin.GetStringAsync($"/admin/rounds/{round}/verify"));
        Assert.Contains(logs.Lines, l => l.Contains(name, StringComparison.Ordinal) && l.Contains("not written by PolicyKit", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_decision_the_service_wrote_is_recognised_and_a_copy_with_changed_bytes_is_not()
    {
        await using var app = new SignOffAppFactory(services);
        var scenario = new SignOffScenario(app, services);
        var (people, round) = await scenario.StartWithAsync(1);
        await scenario.SignAsync(people[0].Email, "Staff Person One");
        var name = BlobNames.Decision(round, "millbrook", RoundPeopleTests.PersonId(people[0].Email));
        var stored = (await app.Store.ReadAsync(name, CancellationToken.None))!;

        var authenticator = SignOffAppFactory.Authenticator;
        Assert.True(authenticator.IsGenuine(name, stored.Content, stored.Metadata));
        var changed = new BinaryData(stored.Content.ToString().Replace("Staff Person One", "Staff Person Two", StringComparison.Ordinal));
        Assert.False(authenticator.IsGenuine(name, changed, stored.Metadata));
        Assert.False(new RecordAuthenticator(RecordKeys.Read(RecordKeys.Create())).IsGenuine(name, stored.Content, stored.Metadata));

        // A genuine record copied, code and all, to someone else's place is not theirs.
        var elsewhere = BlobNames.Decision(round, "millbrook", "someone-else");
        Assert.False(authenticator.IsGenuine(elsewhere, stored.Content, stored.Metadata));
    }

    private static string UkDate(DateTimeOffset time) =>
        TimeZoneInfo.ConvertTime(time, TimeZoneInfo.FindSystemTimeZoneById("Europe/London")).ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture);
}
