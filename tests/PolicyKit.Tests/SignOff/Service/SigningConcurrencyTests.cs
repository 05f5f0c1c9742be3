using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PolicyKit.SignOff.Evidence;
using PolicyKit.SignOff.Storage;
using PolicyKit.Tests.Support;
using Xunit.Abstractions;

namespace PolicyKit.Tests.SignOff.Service;

[Collection(LocalServicesCollection.Name)]
public sealed class SigningConcurrencyTests(LocalServicesFixture services, ITestOutputHelper output)
{
    private const int People = 200;
    private const int Resubmits = 20;

    [Fact]
    public async Task Two_hundred_people_signing_at_once_and_one_submitting_twenty_times_record_one_decision_each_in_an_intact_chain()
    {
        await using var app = new SignOffAppFactory(services, settings => settings["RateLimits:SignRequestsPerMinute"] = "100000");
        var scenario = new SignOffScenario(app, services);
        await scenario.PublishAsync();
        var (csv, people) = SignOffScenario.Roster(People + 1, "crowd");
        await scenario.ImportRosterAsync(csv);
        var clock = Stopwatch.StartNew();
        var round = (await scenario.StartRoundAsync()).GetProperty("round").GetString()!;
        var tokens = await TokensAsync(scenario, round, people.Select(p => p.Email).ToList());
        output.WriteLine($"Sending {people.Count} invitations through maildev took {clock.Elapsed.TotalSeconds:0.0} s.");

        clock.Restart();
        var (eager, crowd) = (people[^1], people.Take(People).ToList());
        using var eagerPage = new SignPage(app.Anonymous(), tokens[eager.Email]);
        var (_, form) = await eagerPage.OpenAsync();
        var pages = crowd.Select(p => new SignPage(app.Anonymous(), tokens[p.Email])).ToList();
        try
        {
            var signing = pages.Select((page, i) => page.SignAsync(crowd[i].Name)).ToList();
            var resubmits = Enumerable.Range(0, Resubmits).Select(_ => eagerPage.PostSignAsync(form, eager.Name)).ToList();
            var results = await Task.WhenAll(signing.Concat(resubmits));
            Assert.All(results, r =>
            {
                Assert.Equal(HttpStatusCode.OK, r.Status);
                Assert.Contains("Thank you, you have signed", r.Html, StringComparison.Ordinal);
            });
        }
        finally
        {
            pages.ForEach(p => p.Dispose());
        }

        output.WriteLine($"{People} signatures and {Resubmits} repeated submits took {clock.Elapsed.TotalSeconds:0.0} s.");

        var store = app.Store;
        var decisions = await store.ListAsync(BlobNames.DecisionsPrefix(round), CancellationToken.None);
        var invites = await store.ListAsync(BlobNames.InvitesPrefix(round), CancellationToken.None);
        Assert.Equal(
            invites.Select(i => BlobNames.SchoolAndPerson(i.Name)).Order(),
            decisions.Select(d => BlobNames.SchoolAndPerson(d.Name)).Order());
        Assert.Equal(People + 1, decisions.Count);

        var status = await scenario.StatusAsync(round);
        Assert.All(status.GetProperty("people").EnumerateArray(), p => Assert.Equal("signed", p.GetProperty("status").GetString()));
        using var client = app.AdminApi();
        var summary = Assert.Single(await client.GetFromJsonAsync<JsonElement[]>("/api/rounds") ?? []);
        Assert.Equal(People + 1, summary.GetProperty("signed").GetInt32());
        Assert.Equal(0, summary.GetProperty("outstanding").GetInt32());

        var report = await new ChainVerifier(store).VerifyAsync(round, CancellationToken.None);
        Assert.True(report.IsIntact, string.Join("; ", report.Problems.Select(p => p.Message)));
        Assert.Equal(People + 1, report.Entries);
        Assert.Equal(People + 1, (await store.ListAsync(BlobNames.ReceiptsPrefix(round), CancellationToken.None)).Count);
    }

    /// <summary>Each person's sign token: waits until the service says every invitation went, then reads maildev once.</summary>
    private async Task<Dictionary<string, string>> TokensAsync(SignOffScenario scenario, string round, IReadOnlyList<string> emails)
    {
        var clock = Stopwatch.StartNew();
        while (!(await scenario.StatusAsync(round)).GetProperty("people").EnumerateArray().All(p => p.GetProperty("status").GetString() == "outstanding"))
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), "The invitations were not all sent within 60 s.");
            await Task.Delay(250);
        }

        var wanted = emails.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var mine = (await services.Maildev.ListAsync()).Where(e => e.To.Any(wanted.Contains)).ToList();
        Assert.Equal(wanted.Count, mine.Count);
        return mine.ToDictionary(e => e.To.Single(wanted.Contains), e => SignOffScenario.TokenIn(e.Text ?? ""), StringComparer.OrdinalIgnoreCase);
    }
}
