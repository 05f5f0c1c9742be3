using System.Net;
using PolicyKit.SignOff.Evidence;
using PolicyKit.Tests.Support;

namespace PolicyKit.Tests.SignOff.Service;

[Collection(LocalServicesCollection.Name)]
public sealed class SignOffServiceTests(LocalServicesFixture services)
{
    [Fact]
    public async Task Starting_a_round_emails_each_person_one_personal_link_and_starting_it_again_sends_nothing()
    {
        await using var app = new SignOffAppFactory(services);
        var scenario = new SignOffScenario(app, services);
        await scenario.PublishAsync();
        var (csv, people) = SignOffScenario.Roster(3);
        await scenario.ImportRosterAsync(csv);

        var first = await scenario.StartRoundAsync();
        Assert.Equal(3, first.GetProperty("invited").GetInt32());
        var tokens = new List<string>();
        foreach (var (_, email) in people)
        {
            tokens.Add(await scenario.TokenFromInvitationAsync(email));
        }

        Assert.Equal(3, tokens.Distinct().Count());
        var again = await scenario.StartRoundAsync();
        Assert.Equal(first.GetProperty("round").GetString(), again.GetProperty("round").GetString());
        Assert.Equal(0, again.GetProperty("invited").GetInt32());
        Assert.Equal(3, again.GetProperty("alreadyInvited").GetInt32());

        await Task.Delay(TimeSpan.FromSeconds(2));
        foreach (var (_, email) in people)
        {
            Assert.Single(await services.Maildev.ListAsync(email));
        }
    }

    [Fact]
    public async Task Signing_records_the_evidence_seals_it_in_the_chain_and_emails_a_receipt_with_the_document()
    {
        await using var app = new SignOffAppFactory(services);
        var scenario = new SignOffScenario(app, services);
        await scenario.PublishAsync();
        var (csv, people) = SignOffScenario.Roster(1);
        await scenario.ImportRosterAsync(csv);
        var round = (await scenario.StartRoundAsync()).GetProperty("round").GetString()!;
        var token = await scenario.TokenFromInvitationAsync(people[0].Email);

        using var page = new SignPage(app.Anonymous(), token);
        var (openStatus, openHtml) = await page.OpenAsync();
        Assert.Equal(HttpStatusCode.OK, openStatus);
        Assert.Contains("Information security and acceptable use", openHtml);
        Assert.Contains("I will report a lost device", openHtml);

        var (status, html) = await page.SignAsync("Staff Person One");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Thank you, you have signed", html);

        var status2 = await scenario.StatusAsync(round);
        var person = Assert.Single(status2.GetProperty("people").EnumerateArray());
        Assert.Equal("signed", person.GetProperty("status").GetString());
        Assert.Equal("Staff Person One", person.GetProperty("nameTyped").GetString());

        var report0 = new { Round = round };
        var receipt = await services.Maildev.WaitForAsync(m => m.Count == 2, TimeSpan.FromSeconds(30), people[0].Email);
        var mail = Assert.Single(receipt, m => m.Attachments.Any(a => a.FileName == "information-security.pdf"));
        Assert.Contains("Staff Person One", mail.Text);
        Assert.Contains(report0.Round, mail.Text);

        var report = await new ChainVerifier(app.Store).VerifyAsync(round, CancellationToken.None);
        Assert.True(report.IsIntact, string.Join("; ", report.Problems.Select(p => p.Message)));
        Assert.Equal(1, report.Entries);
    }

    [Fact]
    public async Task A_form_opened_on_one_instance_is_accepted_by_another_sharing_the_storage()
    {
        // A scaled-out Function App runs several instances; each must accept the antiforgery token another issued.
        await using var first = new SignOffAppFactory(services);
        await using var second = new SignOffAppFactory(services, s => s["Storage:Container"] = first.Storage.Container);
        var scenario = new SignOffScenario(first, services);
        await scenario.PublishAsync();
        var (csv, people) = SignOffScenario.Roster(1);
        await scenario.ImportRosterAsync(csv);
        var round = (await scenario.StartRoundAsync()).GetProperty("round").GetString()!;
        var token = await scenario.TokenFromInvitationAsync(people[0].Email);

        using var onFirst = first.Anonymous();
        using var page = await onFirst.GetAsync($"/sign/{token}");
        var html = await page.Content.ReadAsStringAsync();
        var cookie = string.Join("; ", page.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));

        using var onSecond = second.Anonymous();
        using var post = new HttpRequestMessage(HttpMethod.Post, $"/sign/{token}?handler=Sign")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["FullName"] = "Staff Person One",
                ["Agree"] = "true",
                ["__antiforgery"] = SignPage.AntiforgeryToken(html),
            }),
        };
        post.Headers.Add("Cookie", cookie);
        using var response = await onSecond.SendAsync(post);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        // The keys live in the shared container, not in each machine's home folder (which instances do not share).
        Assert.NotEmpty(await first.Store.ListAsync("keys/data-protection/", CancellationToken.None));
        var status = await scenario.StatusAsync(round);
        Assert.Equal("signed", Assert.Single(status.GetProperty("people").EnumerateArray()).GetProperty("status").GetString());
    }
}
