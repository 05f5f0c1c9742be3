using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PolicyKit.SignOff.Publishing;
using PolicyKit.SignOff.Rounds;
using PolicyKit.SignOff.Storage;
using PolicyKit.Tests.Support;

namespace PolicyKit.Tests.SignOff.Service;

/// <summary>
/// A round with a deadline, chased by the running service against the real Azurite and maildev while a fake clock
/// moves through the fortnight: reminders, a decline told to the business manager, and the after-deadline summary.
/// </summary>
[Collection(LocalServicesCollection.Name)]
public sealed class ChaseServiceTests(LocalServicesFixture services)
{
    // Monday 4 January 2027, 08:30 in the UK (GMT).
    private static readonly DateTimeOffset Monday = new(2027, 1, 4, 8, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_service_reminds_people_who_have_not_signed_tells_the_business_manager_of_a_decline_and_who_is_outstanding_after_the_deadline()
    {
        var clock = new FakeTimeProvider(Monday);
        await using var app = OnClock(clock);
        var scenario = new SignOffScenario(app, services);
        await scenario.PublishAsync();
        var bursar = LocalServicesFixture.NewAddress("bursar");
        await GiveBusinessManagerAsync(app, "millbrook", bursar);
        var (csv, people) = SignOffScenario.Roster(3, "chased");
        await scenario.ImportRosterAsync(csv);

        using var admin = app.AdminApi();
        using var start = await admin.PostAsJsonAsync("/api/rounds", new
        {
            policy = SignOffScenario.Policy,
            schools = new[] { "millbrook" },
            groups = new[] { "staff" },
            signBy = "2027-01-15",
            reminders = new { firstAfterDays = 3, everyDays = 3, maxReminders = 3, finalDaysBeforeDeadline = 2 },
        });
        Assert.Equal(HttpStatusCode.OK, start.StatusCode);
        var round = (await start.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("round").GetString()!;
        var invitations = new List<string>();
        foreach (var (_, email) in people)
        {
            var invitation = await scenario.TokenFromInvitationAsync(email);
            invitations.Add(invitation);
        }

        var firstInvitation = Assert.Single(await services.Maildev.ListAsync(people[0].Email));
        Assert.Contains("Please sign by Friday 15 January 2027", firstInvitation.Text);

        // Thursday 7 January, 09:05: the first reminder is due and the 09:00 run has come.
        clock.Advance(new DateTimeOffset(2027, 1, 7, 9, 5, 0, TimeSpan.Zero) - clock.GetUtcNow());
        var reminders = new List<MaildevEmail>();
        foreach (var (_, email) in people)
        {
            var mail = await services.Maildev.WaitForAsync(m => m.Count == 2, TimeSpan.FromSeconds(30), email);
            reminders.Add(Assert.Single(mail, m => m.Subject.StartsWith("Reminder", StringComparison.Ordinal)));
        }

        Assert.All(reminders, r => Assert.Contains("Acceptable use", r.Subject, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(people.Select(p => p.Email), reminders.Select(r => Assert.Single(r.To)));
        var reminderToken = SignOffScenario.TokenIn(reminders[0].Text!);
        Assert.NotEqual(invitations[0], reminderToken);
        using (var fromReminder = new SignPage(app.Anonymous(), reminderToken))
        using (var fromInvitation = new SignPage(app.Anonymous(), invitations[0]))
        {
            var (status, html) = await fromReminder.OpenAsync();
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Contains("Please sign by", html);
            Assert.Contains("Friday 15 January 2027", html);
            Assert.Equal(HttpStatusCode.OK, (await fromInvitation.OpenAsync()).Status);

            // The first person declines from the reminder's link: their business manager is told.
            var (declined, _) = await fromReminder.DeclineAsync("I have not been trained on the new system yet.");
            Assert.Equal(HttpStatusCode.OK, declined);
        }

        // A resend (which moves the cut-off) cancels a reminder's link as it does the invitation's.
        var invite = await FindInviteAsync(app, round, people[1].Email);
        var resent = MailState.From(invite.Metadata) with { LinksValidFromUtc = clock.GetUtcNow().AddMinutes(1) };
        Assert.NotNull(await app.Store.TrySetMetadataAsync(invite.Name, resent.ToMetadata(), invite.ETag, CancellationToken.None));
        using (var cancelled = new SignPage(app.Anonymous(), SignOffScenario.TokenIn(reminders[1].Text!)))
        {
            Assert.Contains("This link has been replaced", (await cancelled.OpenAsync()).Html);
        }

        var declineNotice = Assert.Single(await services.Maildev.WaitForAsync(m => m.Count == 1, TimeSpan.FromSeconds(30), bursar));
        Assert.StartsWith("Declined:", declineNotice.Subject, StringComparison.Ordinal);
        Assert.Contains(people[0].Name, declineNotice.Text);
        Assert.Contains("I have not been trained on the new system yet.", declineNotice.Text);
        Assert.Contains($"http://localhost/admin/rounds/{round}", declineNotice.Text);

        // Repeated runs on the same day send nothing more.
        await Task.Delay(TimeSpan.FromSeconds(3));
        foreach (var (_, email) in people)
        {
            Assert.Equal(2, (await services.Maildev.ListAsync(email)).Count);
        }

        // Monday 18 January, after the deadline: no more reminders; the business manager gets one summary.
        clock.Advance(new DateTimeOffset(2027, 1, 18, 9, 5, 0, TimeSpan.Zero) - clock.GetUtcNow());
        var bursarMail = await services.Maildev.WaitForAsync(m => m.Count == 2, TimeSpan.FromSeconds(30), bursar);
        var summary = Assert.Single(bursarMail, m => m.Subject.StartsWith("Not yet signed", StringComparison.Ordinal));
        Assert.Contains("2 people have still not signed", summary.Text);
        Assert.Contains(people[1].Email, summary.Text);
        Assert.Contains(people[2].Email, summary.Text);
        Assert.DoesNotContain(people[0].Email, summary.Text);
        Assert.Contains("reminders sent: 1", summary.Text);

        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.Equal(2, (await services.Maildev.ListAsync(bursar)).Count);
        foreach (var (_, email) in people.Skip(1))
        {
            Assert.Equal(2, (await services.Maildev.ListAsync(email)).Count);
        }

        var status2 = await scenario.StatusAsync(round);
        var rows = status2.GetProperty("people").EnumerateArray().ToList();
        Assert.All(rows, r => Assert.Equal(1, r.GetProperty("remindersSent").GetInt32()));
        Assert.Equal("2027-01-15", status2.GetProperty("signBy").GetString());
    }

    [Fact]
    public async Task A_sign_by_date_in_the_past_or_an_unreasonable_reminder_setting_is_refused_with_what_to_change()
    {
        var clock = new FakeTimeProvider(Monday);
        await using var app = OnClock(clock);
        var scenario = new SignOffScenario(app, services);
        await scenario.PublishAsync();
        await scenario.ImportRosterAsync(SignOffScenario.Roster(1, "refused").Csv);
        using var admin = app.AdminApi();

        using var past = await admin.PostAsJsonAsync("/api/rounds", new { policy = SignOffScenario.Policy, schools = new[] { "millbrook" }, groups = new[] { "staff" }, signBy = "2027-01-01" });
        using var silly = await admin.PostAsJsonAsync("/api/rounds", new { policy = SignOffScenario.Policy, schools = new[] { "millbrook" }, groups = new[] { "staff" }, reminders = new { firstAfterDays = 0, everyDays = 3, maxReminders = 50, finalDaysBeforeDeadline = 2 } });

        Assert.Equal(HttpStatusCode.BadRequest, past.StatusCode);
        Assert.Contains("Friday 1 January 2027 has already passed: choose today (Monday 4 January 2027) or a later date", await past.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, silly.StatusCode);
        var text = await silly.Content.ReadAsStringAsync();
        Assert.Contains("The first reminder must be between 1 and 60 days after the invitation (it is 0)", text);
        Assert.Contains("The number of reminders must be between 0 and 10 (it is 50)", text);
        Assert.Empty(await app.Store.ListAsync(BlobNames.RoundsPrefix, CancellationToken.None));
    }

    private SignOffAppFactory OnClock(FakeTimeProvider clock) =>
        new(services) { Host = b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)) };

    private static async Task<BlobListing> FindInviteAsync(SignOffAppFactory app, string round, string email)
    {
        foreach (var listing in await app.Store.ListAsync(BlobNames.InvitesPrefix(round), CancellationToken.None))
        {
            if ((await RecordJson.ReadAsync<InviteRecord>(app.Store, listing.Name, CancellationToken.None))!.Email == email)
            {
                return listing;
            }
        }

        throw new InvalidOperationException($"No invite for {email}.");
    }

    private static async Task GiveBusinessManagerAsync(SignOffAppFactory app, string school, string email)
    {
        var profile = await RecordJson.ReadAsync<SchoolProfile>(app.Store, BlobNames.Profile(school), CancellationToken.None);
        var updated = profile! with { BusinessManager = new SchoolContact("Bea Bursar", "School Business Manager", email) };
        await app.Store.UploadAsync(BlobNames.Profile(school), RecordJson.Serialize(updated), RecordJson.ContentType, CancellationToken.None);
    }
}
