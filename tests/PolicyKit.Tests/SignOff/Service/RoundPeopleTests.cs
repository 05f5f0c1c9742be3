using System.Net;
using System.Net.Http.Json;
using System.Text;
using PolicyKit.SignOff.Evidence;
using PolicyKit.SignOff.Rounds;
using PolicyKit.SignOff.Storage;
using PolicyKit.Tests.Support;

namespace PolicyKit.Tests.SignOff.Service;

/// <summary>A business manager looking after the people in a round: new links, corrected addresses, leavers.</summary>
[Collection(LocalServicesCollection.Name)]
public sealed class RoundPeopleTests(LocalServicesFixture services)
{
    [Fact]
    public async Task Resend_cancels_the_old_link_and_the_new_one_works()
    {
        await using var app = new SignOffAppFactory(services);
        var scenario = new SignOffScenario(app, services);
        var (people, round) = await scenario.StartWithAsync(1);
        var email = people[0].Email;
        var first = await scenario.TokenFromInvitationAsync(email);

        var (status, body) = await scenario.PostAsync($"/api/rounds/{round}/people/millbrook/{PersonId(email)}/resend", new { });
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(email, body.GetProperty("email").GetString());
        var emails = await services.Maildev.WaitForAsync(m => m.Count == 2, TimeSpan.FromSeconds(30), email);
        var second = emails.Select(m => SignOffScenario.TokenIn(m.Text ?? "")).Single(t => t != first);

        using var old = new SignPage(app.Anonymous(), first);
        var (oldStatus, oldHtml) = await old.OpenAsync();
        Assert.Equal(HttpStatusCode.Gone, oldStatus);
        Assert.Contains("This link has been replaced", oldHtml);

        using var fresh = new SignPage(app.Anonymous(), second);
        var (signed, html) = await fresh.SignAsync("Staff Person One");
        Assert.Equal(HttpStatusCode.OK, signed);
        Assert.Contains("Thank you, you have signed", html);

        // Once signed, there is nothing to resend, and the API says why.
        var (again, problem) = await scenario.PostAsync($"/api/rounds/{round}/people/millbrook/{PersonId(email)}/resend", new { });
        Assert.Equal(HttpStatusCode.BadRequest, again);
        Assert.Contains("signed on", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Correcting_an_address_sends_to_the_new_one_and_the_dashboard_shows_it()
    {
        await using var app = new SignOffAppFactory(services);
        var scenario = new SignOffScenario(app, services);
        var (people, round) = await scenario.StartWithAsync(1);
        var old = people[0].Email;
        await scenario.TokenFromInvitationAsync(old);
        var corrected = LocalServicesFixture.NewAddress("corrected");

        var (bad, problem) = await scenario.PostAsync($"/api/rounds/{round}/people/millbrook/{PersonId(old)}/resend", new { email = "jo.smith@" });
        Assert.Equal(HttpStatusCode.BadRequest, bad);
        Assert.Contains("'jo.smith@' is not an email address", problem.GetProperty("detail").GetString());

        var (status, _) = await scenario.PostAsync($"/api/rounds/{round}/people/millbrook/{PersonId(old)}/resend", new { email = corrected });
        Assert.Equal(HttpStatusCode.OK, status);
        var token = await scenario.TokenFromInvitationAsync(corrected);
        Assert.Single(await services.Maildev.ListAsync(old));

        var person = Assert.Single((await scenario.StatusAsync(round)).GetProperty("people").EnumerateArray());
        Assert.Equal(corrected, person.GetProperty("email").GetString());
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, person.GetProperty("emailCorrectedUtc").ValueKind);
        using var admin = app.AdminApi();
        var dashboard = await admin.GetStringAsync($"/admin/rounds/{round}");
        Assert.Contains(corrected, dashboard);
        Assert.Contains("corrected on", dashboard);

        // The signature and its receipt go to the corrected address.
        using var page = new SignPage(app.Anonymous(), token);
        Assert.Equal(HttpStatusCode.OK, (await page.SignAsync("Staff Person One")).Status);
        await services.Maildev.WaitForAsync(m => m.Any(e => e.Subject.StartsWith("You have signed", StringComparison.Ordinal)), TimeSpan.FromSeconds(30), corrected);
    }

    [Fact]
    public async Task Reimporting_a_roster_moves_an_open_invitation_to_the_new_address()
    {
        await using var app = new SignOffAppFactory(services);
        var scenario = new SignOffScenario(app, services);
        await scenario.PublishAsync();
        var old = LocalServicesFixture.NewAddress("mover");
        var signer = LocalServicesFixture.NewAddress("signer");
        await scenario.ImportRosterAsync($"Name,Email,Group,Staff ID\nMo Mover,{old},Staff,S7001\nSi Signer,{signer},Staff,S7002\n", "millbrook");
        var round = (await scenario.StartRoundAsync()).GetProperty("round").GetString()!;
        await scenario.TokenFromInvitationAsync(old);
        await scenario.SignAsync(signer, "Si Signer");

        var moved = LocalServicesFixture.NewAddress("moved");
        var report = await scenario.ImportRosterAsync($"Name,Email,Group,Staff ID\nMo Mover,{moved},Staff,S7001\nSi Signer,{LocalServicesFixture.NewAddress("signer2")},Staff,S7002\n", "millbrook");

        // Only the open invitation moves; the signed person's record stays as it was.
        Assert.Equal(1, report.GetProperty("openInvitationsUpdated").GetInt32());
        var rows = (await scenario.StatusAsync(round)).GetProperty("people").EnumerateArray().ToList();
        Assert.Equal(moved, rows.Single(r => r.GetProperty("name").GetString() == "Mo Mover").GetProperty("email").GetString());
        Assert.Equal(signer, rows.Single(r => r.GetProperty("name").GetString() == "Si Signer").GetProperty("email").GetString());

        // The next send goes to the new address.
        Assert.Equal(HttpStatusCode.OK, (await scenario.PostAsync($"/api/rounds/{round}/people/millbrook/S7001/resend", new { })).Status);
        await scenario.TokenFromInvitationAsync(moved);
    }

    [Fact]
    public async Task A_signature_made_through_a_link_records_the_address_that_link_was_sent_to()
    {
        await using var app = new SignOffAppFactory(services);
        var scenario = new SignOffScenario(app, services);
        await scenario.PublishAsync();
        var old = LocalServicesFixture.NewAddress("sentto");
        await scenario.ImportRosterAsync($"Name,Email,Group,Staff ID\nAsh Sent,{old},Staff,S7101\n", "millbrook");
        var round = (await scenario.StartRoundAsync()).GetProperty("round").GetString()!;
        var token = await scenario.TokenFromInvitationAsync(old);

        // The address changes after the email went; the link in that email is then used.
        await scenario.ImportRosterAsync($"Name,Email,Group,Staff ID\nAsh Sent,{LocalServicesFixture.NewAddress("since")},Staff,S7101\n", "millbrook");
        using var page = new SignPage(app.Anonymous(), token);
        var (_, html) = await page.SignAsync("Ash Sent");
        Assert.Contains("Thank you, you have signed", html, StringComparison.Ordinal);

        var decision = RecordJson.Deserialize<DecisionRecord>((await app.Store.ReadAsync(BlobNames.Decision(round, "millbrook", "S7101"), CancellationToken.None))!.Content, "decision");
        Assert.Equal(old, decision.Email);
    }

    [Fact]
    public async Task Reimporting_a_roster_queues_a_failed_invitation_again_for_the_new_address()
    {
        await using var app = new SignOffAppFactory(services);
        var scenario = new SignOffScenario(app, services);
        await scenario.PublishAsync();
        await scenario.ImportRosterAsync($"Name,Email,Group,Staff ID\nFay Failed,{LocalServicesFixture.NewAddress("failed")},Staff,S7101\n", "millbrook");
        var round = (await scenario.StartRoundAsync()).GetProperty("round").GetString()!;
        var invite = BlobNames.Invite(round, "millbrook", "S7101");
        await WaitForStateAsync(app, invite, MailState.Sent);

        // As the dispatcher records an address the mail server refused.
        var listing = (await app.Store.ReadListingAsync(invite, CancellationToken.None))!;
        var failed = MailState.From(listing.Metadata) with { State = MailState.Failed, Error = "550 no such mailbox" };
        Assert.NotNull(await app.Store.TrySetMetadataAsync(invite, failed.ToMetadata(), listing.ETag, CancellationToken.None));
        Assert.Equal("email failed", Assert.Single((await scenario.StatusAsync(round)).GetProperty("people").EnumerateArray()).GetProperty("status").GetString());

        var fixedAddress = LocalServicesFixture.NewAddress("fixed");
        var report = await scenario.ImportRosterAsync($"Name,Email,Group,Staff ID\nFay Failed,{fixedAddress},Staff,S7101\n", "millbrook");
        Assert.Equal(1, report.GetProperty("openInvitationsUpdated").GetInt32());
        await scenario.TokenFromInvitationAsync(fixedAddress);
    }

    [Fact]
    public async Task Two_admins_marking_the_same_person_at_once_record_one_exemption_and_raise_no_tampering_alarm()
    {
        await using var app = new SignOffAppFactory(services);
        var scenario = new SignOffScenario(app, services);
        var (people, round) = await scenario.StartWithAsync(1);
        await scenario.TokenFromInvitationAsync(people[0].Email);
        var path = $"/api/rounds/{round}/people/millbrook/{PersonId(people[0].Email)}/exempt";

        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => scenario.PostAsync(path, new { kind = "left", reason = "Left in July" })));

        Assert.Single(answers, a => a.Status == HttpStatusCode.OK);
        Assert.All(answers.Where(a => a.Status != HttpStatusCode.OK), a => Assert.DoesNotContain("did not write", a.Body.GetProperty("detail").GetString(), StringComparison.Ordinal));
        Assert.Single(await app.Store.ListAsync(BlobNames.ExemptionsPrefix(round), CancellationToken.None));
    }

    [Theory]
    [InlineData("left", "left")]
    [InlineData("excused", "excused")]
    public async Task A_person_marked_left_or_excused_gets_no_more_email_is_not_outstanding_and_is_sealed(string kind, string shown)
    {
        await using var app = new SignOffAppFactory(services);
        var scenario = new SignOffScenario(app, services);
        var (people, round) = await scenario.StartWithAsync(2);
        var email = people[0].Email;
        await scenario.TokenFromInvitationAsync(email);
        await scenario.TokenFromInvitationAsync(people[1].Email);
        var path = $"/api/rounds/{round}/people/millbrook/{PersonId(email)}/exempt";

        var (noReason, problem) = await scenario.PostAsync(path, new { kind, reason = "  " });
        Assert.Equal(HttpStatusCode.BadRequest, noReason);
        Assert.Contains("Give the reason", problem.GetProperty("detail").GetString());
        Assert.Empty(await app.Store.ListAsync(BlobNames.ExemptionsPrefix(round), CancellationToken.None));

        var (status, _) = await scenario.PostAsync(path, new { kind, reason = "Left at Easter" });
        Assert.Equal(HttpStatusCode.OK, status);

        var round1 = await scenario.StatusAsync(round);
        var row = round1.GetProperty("people").EnumerateArray().Single(p => p.GetProperty("email").GetString() == email);
        Assert.Equal(shown, row.GetProperty("status").GetString());
        Assert.Equal("Left at Easter", row.GetProperty("exemption").GetProperty("reason").GetString());
        using (var admin = app.AdminApi())
        {
            var listed = (await admin.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/rounds")).EnumerateArray().Single(r => r.GetProperty("id").GetString() == round);
            Assert.Equal(1, listed.GetProperty("outstanding").GetInt32());
        }

        // A retry the dispatcher had queued for them is not sent, and no new link can be sent.
        var invite = BlobNames.Invite(round, "millbrook", PersonId(email));
        var listing = (await app.Store.ReadListingAsync(invite, CancellationToken.None))!;
        Assert.NotNull(await app.Store.TrySetMetadataAsync(invite, (MailState.From(listing.Metadata) with { State = MailState.Pending }).ToMetadata(), listing.ETag, CancellationToken.None));
        Assert.Equal(HttpStatusCode.OK, (await scenario.PostAsync("/api/mail/dispatch", null)).Status);
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Single(await services.Maildev.ListAsync(email));
        var (resend, refused) = await scenario.PostAsync($"/api/rounds/{round}/people/millbrook/{PersonId(email)}/resend", new { });
        Assert.Equal(HttpStatusCode.BadRequest, resend);
        Assert.Contains($"marked as {kind}", refused.GetProperty("detail").GetString());

        var report = await new ChainVerifier(app.Store, SignOffAppFactory.Authenticator).VerifyAsync(round, CancellationToken.None);
        Assert.True(report.IsIntact, string.Join("; ", report.Problems.Select(p => p.Message)));
        Assert.Equal(1, report.Entries);
        Assert.Equal(1, report.Exemptions);

        // Changing the sealed exemption afterwards is caught.
        var name = BlobNames.Exemption(round, "millbrook", PersonId(email));
        var stored = (await app.Store.ReadAsync(name, CancellationToken.None))!;
        await app.Store.UploadAsync(name, new BinaryData(Encoding.UTF8.GetBytes(stored.Content.ToString().Replace("Left at Easter", "Never here", StringComparison.Ordinal))), RecordJson.ContentType, CancellationToken.None);
        var tampered = await new ChainVerifier(app.Store, SignOffAppFactory.Authenticator).VerifyAsync(round, CancellationToken.None);
        Assert.Contains(tampered.Problems, p => p.Subject == name);
    }

    /// <summary>A roster without staff ids keys each person by their email address, as the importer does.</summary>
    internal static string PersonId(string email) => PolicyKit.SignOff.Roster.RosterCsvReader.EmailPersonId(email);

    private static async Task WaitForStateAsync(SignOffAppFactory app, string blob, string state)
    {
        for (var i = 0; i < 300; i++)
        {
            if (await app.Store.ReadMetadataAsync(blob, CancellationToken.None) is { } metadata && MailState.From(metadata).State == state)
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"{blob} did not reach '{state}'.");
    }
}
