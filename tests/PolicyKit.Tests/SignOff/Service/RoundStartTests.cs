using System.Net;
using System.Text.Json;
using PolicyKit.SignOff.Storage;
using PolicyKit.Tests.Support;

namespace PolicyKit.Tests.SignOff.Service;

/// <summary>Starting a round: a preview first, nobody asked twice for the same version, no school silently empty.</summary>
[Collection(LocalServicesCollection.Name)]
public sealed class RoundStartTests(LocalServicesFixture services)
{
    [Fact]
    public async Task Starting_leaves_out_people_who_signed_the_version_or_are_asked_in_another_open_round()
    {
        await using var app = new SignOffAppFactory(services);
        var scenario = new SignOffScenario(app, services);
        var (people, first) = await scenario.StartWithAsync(3);
        await scenario.SignAsync(people[0].Email, "Staff Person One");

        var (oakhurst, oakPeople) = SignOffScenario.Roster(2, "oak", "oakhurst");
        await scenario.ImportRosterAsync(oakhurst);

        // A second round of the same version for Millbrook and Oakhurst: only Oakhurst's people are new to it.
        var (status, preview) = await scenario.PostAsync("/api/rounds/preview", new { policy = SignOffScenario.Policy, schools = new[] { "millbrook", "oakhurst" }, groups = new[] { "staff" } });
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.NotEqual(first, preview.GetProperty("round").GetString());
        var millbrook = School(preview, "millbrook");
        Assert.Equal(0, millbrook.GetProperty("toEmail").GetInt32());
        Assert.Equal(1, millbrook.GetProperty("alreadySigned").GetInt32());
        Assert.Equal(2, millbrook.GetProperty("alreadyAskedElsewhere").GetInt32());
        Assert.Equal(2, School(preview, "oakhurst").GetProperty("toEmail").GetInt32());
        Assert.Equal(2, preview.GetProperty("toEmail").GetInt32());
        Assert.Equal(3, preview.GetProperty("leftOut").GetInt32());

        // The preview wrote nothing; starting does what it said.
        Assert.False(await app.Store.ExistsAsync(BlobNames.Round(preview.GetProperty("round").GetString()!), CancellationToken.None));
        var started = await scenario.StartRoundAsync(["millbrook", "oakhurst"]);
        Assert.Equal(2, started.GetProperty("invited").GetInt32());
        await scenario.TokenFromInvitationAsync(oakPeople[0].Email);
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Equal(2, (await services.Maildev.ListAsync(people[0].Email)).Count);
        foreach (var (_, email) in people.Skip(1))
        {
            Assert.Single(await services.Maildev.ListAsync(email));
        }
    }

    [Fact]
    public async Task Someone_whose_link_in_another_round_expired_is_asked_again()
    {
        await using var app = new SignOffAppFactory(services, s => s["SignOff:LinkLifetimeDays"] = "1");
        var scenario = new SignOffScenario(app, services);
        var (people, first) = await scenario.StartWithAsync(1);
        await scenario.TokenFromInvitationAsync(people[0].Email);

        // As if the day had passed: the link in the first round no longer works.
        var invite = BlobNames.Invite(first, "millbrook", RoundPeopleTests.PersonId(people[0].Email));
        var listing = (await app.Store.ReadListingAsync(invite, CancellationToken.None))!;
        var expired = PolicyKit.SignOff.Rounds.MailState.From(listing.Metadata) with { ExpiresUtc = DateTimeOffset.UtcNow.AddMinutes(-1) };
        Assert.NotNull(await app.Store.TrySetMetadataAsync(invite, expired.ToMetadata(), listing.ETag, CancellationToken.None));
        await scenario.ImportRosterAsync(SignOffScenario.Roster(1, "oak", "oakhurst").Csv);

        var (_, preview) = await scenario.PostAsync("/api/rounds/preview", new { policy = SignOffScenario.Policy, schools = new[] { "millbrook", "oakhurst" }, groups = new[] { "staff" } });
        Assert.Equal(1, School(preview, "millbrook").GetProperty("toEmail").GetInt32());
        Assert.Equal(0, School(preview, "millbrook").GetProperty("alreadyAskedElsewhere").GetInt32());
    }

    [Fact]
    public async Task A_chosen_school_without_a_roster_is_named_in_the_preview_and_the_round_does_not_start()
    {
        await using var app = new SignOffAppFactory(services);
        var scenario = new SignOffScenario(app, services);
        await scenario.PublishAsync();
        await scenario.ImportRosterAsync(SignOffScenario.Roster(2).Csv);
        var request = new { policy = SignOffScenario.Policy, schools = new[] { "millbrook", "oakhurst" }, groups = new[] { "staff" } };

        var (status, preview) = await scenario.PostAsync("/api/rounds/preview", request);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.False(School(preview, "oakhurst").GetProperty("hasRoster").GetBoolean());
        Assert.Equal(2, School(preview, "millbrook").GetProperty("toEmail").GetInt32());
        Assert.Equal("Oakhurst Primary Academy has no roster: import one first, or leave the school out of the round.", preview.GetProperty("problem").GetString());

        var (start, problem) = await scenario.PostAsync("/api/rounds", request);
        Assert.Equal(HttpStatusCode.BadRequest, start);
        Assert.Contains("Oakhurst Primary Academy has no roster: import one first", problem.GetProperty("detail").GetString());
        Assert.Empty(await app.Store.ListFoldersAsync(BlobNames.RoundsPrefix, CancellationToken.None));
    }

    [Fact]
    public async Task The_new_round_page_shows_the_counts_per_school_before_anyone_is_emailed()
    {
        await using var app = new SignOffAppFactory(services);
        var scenario = new SignOffScenario(app, services);
        await scenario.PublishAsync();
        var (csv, people) = SignOffScenario.Roster(3);
        await scenario.ImportRosterAsync(csv);
        using var browser = await AdminBrowser.SignInAsync(app);
        var form = await browser.GetStringAsync("/admin/rounds/new");

        using var response = await browser.PostAsync("/admin/rounds/new?handler=Preview", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Policy"] = SignOffScenario.Policy,
            ["SelectedSchools"] = "millbrook",
            ["SelectedGroups"] = "staff",
            ["__antiforgery"] = SignPage.AntiforgeryToken(form),
        }));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("3 people will be emailed; 0 left out", html);
        Assert.Contains("Start the round and email 3 people", html);
        Assert.Empty(await app.Store.ListFoldersAsync(BlobNames.RoundsPrefix, CancellationToken.None));
        Assert.Empty(await services.Maildev.ListAsync(people[0].Email));
    }

    private static JsonElement School(JsonElement preview, string school) =>
        preview.GetProperty("schools").EnumerateArray().Single(s => s.GetProperty("school").GetString() == school);
}
