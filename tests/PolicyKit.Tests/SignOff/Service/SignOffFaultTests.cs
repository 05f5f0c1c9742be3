using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PolicyKit.Cli.Local;
using PolicyKit.SignOff.Evidence;
using PolicyKit.SignOff.Storage;
using PolicyKit.Tests.Support;

namespace PolicyKit.Tests.SignOff.Service;

/// <summary>
/// Storage and the mail server going away at the worst moments, for real: storage through a TCP proxy that is cut,
/// the mail server stopped. After each, trying again finishes the job once: no duplicates, nothing half-recorded.
/// </summary>
[Collection(LocalServicesCollection.Name)]
public sealed class SignOffFaultTests(LocalServicesFixture services)
{
    [Fact]
    public async Task Starting_a_round_while_storage_is_down_is_a_clear_503_and_starting_again_invites_everyone_once()
    {
        await using var proxy = new TcpFaultProxy(LocalServices.Host, services.BlobPort);
        await using var app = ThroughProxy(proxy);
        var scenario = new SignOffScenario(app, services);
        await scenario.PublishAsync();
        var (csv, people) = SignOffScenario.Roster(3, "down");
        await scenario.ImportRosterAsync(csv);

        proxy.Cut();
        var (status, problem) = await PostStartAsync(app);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Contains("Storage is unavailable", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", problem.ToString(), StringComparison.Ordinal);

        proxy.Restore();
        var started = await scenario.StartRoundAsync();
        Assert.Equal(3, started.GetProperty("invited").GetInt32());
        await AssertEachInvitedOnceAsync(app, scenario, started.GetProperty("round").GetString()!, people);
    }

    [Fact]
    public async Task Storage_lost_after_the_round_is_recorded_but_before_its_invites_is_finished_by_starting_again()
    {
        await using var proxy = new TcpFaultProxy(LocalServices.Host, services.BlobPort);
        await using var app = ThroughProxy(proxy);
        var scenario = new SignOffScenario(app, services);
        await scenario.PublishAsync();
        var (csv, people) = SignOffScenario.Roster(5, "midstart");
        await scenario.ImportRosterAsync(csv);

        // The first invite write never reaches storage; round.json was written just before it.
        proxy.CutOnRequest("/invites/");
        var (status, _) = await PostStartAsync(app);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.True(proxy.IsCut);
        var direct = app.DirectStore;
        var round = Assert.Single(await direct.ListFoldersAsync(BlobNames.RoundsPrefix, CancellationToken.None));
        Assert.True(await direct.ExistsAsync(BlobNames.Round(round), CancellationToken.None));
        Assert.True((await direct.ListAsync(BlobNames.InvitesPrefix(round), CancellationToken.None)).Count < people.Count);

        proxy.Restore();
        var started = await scenario.StartRoundAsync();
        Assert.Equal(round, started.GetProperty("round").GetString());
        Assert.True(started.GetProperty("wasAlreadyStarted").GetBoolean());
        Assert.Equal(people.Count, started.GetProperty("invited").GetInt32() + started.GetProperty("alreadyInvited").GetInt32());
        await AssertEachInvitedOnceAsync(app, scenario, round, people);
    }

    [Fact]
    public async Task Signing_while_storage_is_down_shows_a_clear_page_and_signing_again_records_it_once()
    {
        await using var proxy = new TcpFaultProxy(LocalServices.Host, services.BlobPort);
        await using var app = ThroughProxy(proxy);
        var (round, page) = await OneInvitedPersonAsync(app, "signdown");
        using var _ = page;
        var (_, form) = await page.OpenAsync();

        proxy.Cut();
        var (status, html) = await page.PostSignAsync(form, "Sign Down");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Contains("cannot reach its storage", html, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", html, StringComparison.Ordinal);

        proxy.Restore();
        var (again, signed) = await page.PostSignAsync(form, "Sign Down");
        Assert.Equal(HttpStatusCode.OK, again);
        Assert.Contains("Thank you, you have signed", signed, StringComparison.Ordinal);
        await AssertSignedOnceAsync(app, round);
    }

    [Fact]
    public async Task Storage_lost_between_recording_a_signature_and_sealing_it_is_sealed_once_by_the_next_submit()
    {
        await using var proxy = new TcpFaultProxy(LocalServices.Host, services.BlobPort);
        await using var app = ThroughProxy(proxy);
        var (round, page) = await OneInvitedPersonAsync(app, "sealdown");
        using var _ = page;
        var (_, form) = await page.OpenAsync();

        // The decision is written; the chain entry that seals it never reaches storage.
        proxy.CutOnRequest($"PUT /{LocalServices.AccountName}/{app.Storage.Container}/rounds/{round}/chain/");
        var (status, _) = await page.PostSignAsync(form, "Seal Down");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.True(proxy.IsCut);
        Assert.Single(await app.DirectStore.ListAsync(BlobNames.DecisionsPrefix(round), CancellationToken.None));
        Assert.Empty(await app.DirectStore.ListAsync(BlobNames.ChainPrefix(round), CancellationToken.None));

        proxy.Restore();
        var (again, signed) = await page.PostSignAsync(form, "Seal Down");
        Assert.Equal(HttpStatusCode.OK, again);
        Assert.Contains("Thank you, you have signed", signed, StringComparison.Ordinal);
        await AssertSignedOnceAsync(app, round);
    }

    [Fact]
    public async Task Storage_lost_between_recording_a_signature_and_sealing_it_is_sealed_once_when_the_person_opens_their_link_again()
    {
        await using var proxy = new TcpFaultProxy(LocalServices.Host, services.BlobPort);
        await using var app = ThroughProxy(proxy);
        var (round, page) = await OneInvitedPersonAsync(app, "sealopen");
        using var _ = page;
        var (_, form) = await page.OpenAsync();

        proxy.CutOnRequest($"PUT /{LocalServices.AccountName}/{app.Storage.Container}/rounds/{round}/chain/");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await page.PostSignAsync(form, "Seal Open")).Status);
        Assert.Empty(await app.DirectStore.ListAsync(BlobNames.ChainPrefix(round), CancellationToken.None));

        // The person does not submit again: they only open the link (the page says they have signed).
        proxy.Restore();
        var (status, html) = await page.OpenAsync();
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Thank you, you have signed", html, StringComparison.Ordinal);
        await AssertSignedOnceAsync(app, round);
    }

    [Fact]
    public async Task Invitations_held_back_while_the_mail_server_is_down_go_once_each_when_it_is_back()
    {
        await using var app = new SignOffAppFactory(services);
        var scenario = new SignOffScenario(app, services);
        await scenario.PublishAsync();
        var (csv, people) = SignOffScenario.Roster(5, "smtpdown");
        await scenario.ImportRosterAsync(csv);

        await services.Services.StopMaildevAsync();
        try
        {
            var round = (await scenario.StartRoundAsync()).GetProperty("round").GetString()!;
            var deadline = DateTime.UtcNow.AddSeconds(30);
            JsonElement[] rows;
            do
            {
                await Task.Delay(200);
                rows = [.. (await scenario.StatusAsync(round)).GetProperty("people").EnumerateArray()];
            }
            while (DateTime.UtcNow < deadline && !rows.All(r => r.GetProperty("emailProblem").ValueKind == JsonValueKind.String));

            Assert.All(rows, r =>
            {
                Assert.Equal("waiting to send", r.GetProperty("status").GetString());
                Assert.False(string.IsNullOrWhiteSpace(r.GetProperty("emailProblem").GetString()));
            });
        }
        finally
        {
            await services.Services.StartMaildevAsync(CancellationToken.None);
        }

        foreach (var (_, email) in people)
        {
            await services.Maildev.WaitForAsync(m => m.Count > 0, TimeSpan.FromSeconds(45), email);
        }

        // Long enough for a second copy to arrive if the dispatcher were to send one.
        await Task.Delay(TimeSpan.FromSeconds(3));
        foreach (var (_, email) in people)
        {
            Assert.Single(await services.Maildev.ListAsync(email));
        }
    }

    /// <summary>The service with its storage behind <paramref name="proxy"/>, failing fast when it is cut.</summary>
    private SignOffAppFactory ThroughProxy(TcpFaultProxy proxy) => new(services, settings =>
    {
        settings["Storage:ConnectionString"] = LocalServices.AzuriteConnectionString(proxy.Port);
        settings["Storage:MaxRetries"] = "0";
        settings["Storage:NetworkTimeoutSeconds"] = "5";
    });

    private async Task<(string Round, SignPage Page)> OneInvitedPersonAsync(SignOffAppFactory app, string prefix)
    {
        var scenario = new SignOffScenario(app, services);
        await scenario.PublishAsync();
        var (csv, people) = SignOffScenario.Roster(1, prefix);
        await scenario.ImportRosterAsync(csv);
        var round = (await scenario.StartRoundAsync()).GetProperty("round").GetString()!;
        var token = await scenario.TokenFromInvitationAsync(people[0].Email);
        return (round, new SignPage(app.Anonymous(), token));
    }

    private static async Task<(HttpStatusCode Status, JsonElement Problem)> PostStartAsync(SignOffAppFactory app)
    {
        using var client = app.AdminApi();
        using var response = await client.PostAsJsonAsync("/api/rounds", new { policy = SignOffScenario.Policy, schools = new[] { "millbrook" }, groups = new[] { "staff" } });
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    private async Task AssertEachInvitedOnceAsync(SignOffAppFactory app, SignOffScenario scenario, string round, IReadOnlyList<(string Name, string Email)> people)
    {
        var direct = app.DirectStore;
        Assert.Single(await direct.ListFoldersAsync(BlobNames.RoundsPrefix, CancellationToken.None));
        var invites = await direct.ListAsync(BlobNames.InvitesPrefix(round), CancellationToken.None);
        Assert.Equal(people.Count, invites.Count);
        Assert.Equal(people.Count, invites.Select(i => i.Name).Distinct().Count());

        foreach (var (_, email) in people)
        {
            await scenario.TokenFromInvitationAsync(email);
        }

        // Long enough for a second copy to arrive if the dispatcher were to send one.
        await Task.Delay(TimeSpan.FromSeconds(2));
        foreach (var (_, email) in people)
        {
            Assert.Single(await services.Maildev.ListAsync(email));
        }
    }

    private static async Task AssertSignedOnceAsync(SignOffAppFactory app, string round)
    {
        var direct = app.DirectStore;
        Assert.Single(await direct.ListAsync(BlobNames.DecisionsPrefix(round), CancellationToken.None));
        Assert.Single(await direct.ListAsync(BlobNames.ReceiptsPrefix(round), CancellationToken.None));
        var report = await new ChainVerifier(direct).VerifyAsync(round, CancellationToken.None);
        Assert.True(report.IsIntact, string.Join("; ", report.Problems.Select(p => p.Message)));
        Assert.Equal(1, report.Entries);
    }
}
