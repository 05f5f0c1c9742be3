using System.Net;
using PolicyKit.Cli;
using PolicyKit.SignOff.Rounds;
using PolicyKit.SignOff.Storage;
using PolicyKit.Tests.Support;

namespace PolicyKit.Tests.SignOff.Service;

/// <summary>
/// When governors ratify a material new version of a signed policy, publish asks exactly the people who signed the
/// version before it to sign again; a minor version asks nobody.
/// </summary>
[Collection(LocalServicesCollection.Name)]
public sealed class ReacceptanceTests(LocalServicesFixture services) : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("policykit-reaccept-").FullName;

    private string Policies => Path.Combine(_temp, "policies");

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public async Task A_material_version_asks_exactly_the_people_who_signed_the_previous_one_to_sign_again_once()
    {
        await using var app = new SignOffAppFactory(services);
        var (people, scenario) = await SignedVersionTwoAsync(app, "material");
        var (a, b, c, d, f) = (people[0], people[1], people[2], people[3], people[5]);
        RatifyVersionTwoPointOne(material: true);

        var (code, stdout, stderr) = await CliRun.RunAsync(Publish(app));

        Assert.True(code == ExitCodes.Success, stderr);
        Assert.Contains("Information security and acceptable use 2.1 changes the clauses on signing in and locking and digital working: 2 people at Millbrook School who signed 2.0 are asked to sign again", stdout, StringComparison.Ordinal);
        Assert.Contains("  not asked again: material Person 5 (no longer on the roster)", stdout, StringComparison.Ordinal);
        var round = RoundIds.Reacceptance(SignOffScenario.Policy, "2.1", "millbrook");
        Assert.Equal(
            new[] { a.Email, b.Email }.Order(StringComparer.Ordinal),
            (await InvitedAsync(app, round)).Order(StringComparer.Ordinal));

        // The invitation says why: the version they signed, the clauses that changed and the version's own words.
        var again = await services.Maildev.WaitForAsync(m => m.Any(AskingAgain), TimeSpan.FromSeconds(30), a.Email);
        var invitation = Assert.Single(again, AskingAgain);
        Assert.Contains("You signed version 2.0. Version 2.1 changes the clauses on signing in and locking and digital working, so we ask you to read it and sign again.", invitation.Text, StringComparison.Ordinal);
        Assert.Contains("What changed: Multi-factor sign-in for every staff account", invitation.Text, StringComparison.Ordinal);

        // Publishing again starts nothing new and emails nobody again.
        var (again2, stdout2, stderr2) = await CliRun.RunAsync(Publish(app));
        Assert.True(again2 == ExitCodes.Success, stderr2);
        Assert.Contains("had already been asked to sign again", stdout2, StringComparison.Ordinal);
        Assert.Equal(2, (await app.Store.ListFoldersAsync(BlobNames.RoundsPrefix, CancellationToken.None)).Count);
        Assert.Equal(2, (await InvitedAsync(app, round)).Count);
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Single(await services.Maildev.ListAsync(a.Email), AskingAgain);
        Assert.Single(await services.Maildev.ListAsync(b.Email), AskingAgain);
        foreach (var other in new[] { c, d, f })
        {
            Assert.DoesNotContain(await services.Maildev.ListAsync(other.Email), AskingAgain);
        }

        // A signs 2.1; the round's page then shows who signed the version in force, who only 2.0, and who none.
        using (var page = new SignPage(app.Anonymous(), SignOffScenario.TokenIn(invitation.Text ?? "")))
        {
            var (status, _) = await page.SignAsync(a.Name);
            Assert.Equal(HttpStatusCode.OK, status);
        }

        using var browser = await AdminBrowser.SignInAsync(app);
        var html = WebUtility.HtmlDecode(await browser.GetStringAsync($"/admin/rounds/{round}"));
        Assert.Contains("Signing again: this round asks the people who signed version 2.0 to sign version 2.1", html, StringComparison.Ordinal);
        Assert.Contains("material Person 5 (no longer on the roster)", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"count\">1</span> signed the version in force", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"count\">1</span> signed only an older version", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"count\">3</span> signed no version", html, StringComparison.Ordinal);
        Assert.Matches(Row(a.Name, @"<td>2\.1 \(in force\)</td>"), html);
        Assert.Matches(Row(b.Name, $@"<td>only 2\.0</td>\s*<td>\s*<a href=""/admin/rounds/{round}"">yes</a>"), html);
        Assert.Matches(Row(f.Name, "<td>no version</td>"), html);
    }

    [Fact]
    public async Task A_minor_version_asks_nobody_to_sign_again()
    {
        await using var app = new SignOffAppFactory(services);
        await SignedVersionTwoAsync(app, "minor");
        RatifyVersionTwoPointOne(material: false);

        var (code, stdout, stderr) = await CliRun.RunAsync(Publish(app));

        Assert.True(code == ExitCodes.Success, stderr);
        Assert.Contains("Information security and acceptable use 2.1 is a minor change: nobody is asked to sign again.", stdout, StringComparison.Ordinal);
        Assert.Single(await app.Store.ListFoldersAsync(BlobNames.RoundsPrefix, CancellationToken.None));
        Assert.False(await app.Store.ExistsAsync(BlobNames.Round(RoundIds.Reacceptance(SignOffScenario.Policy, "2.1", "millbrook")), CancellationToken.None));
    }

    [Fact]
    public async Task A_material_version_ratified_but_never_published_still_asks_its_signers_again_with_the_next_published_one()
    {
        await using var app = new SignOffAppFactory(services);
        var (people, _) = await SignedVersionTwoAsync(app, "skipped");
        var (a, b) = (people[0], people[1]);
        RatifyVersionTwoPointOne(material: true);
        var source = Path.Combine(Policies, "information-security.md");
        var text = File.ReadAllText(source);
        File.WriteAllText(source, text.Insert(text.IndexOf("related:", StringComparison.Ordinal), """
              - version: "2.2"
                date: 2026-11-26
                by: JW
                changes: Spelling corrections.
                ratified: 2026-11-27

            """));

        var (code, stdout, stderr) = await CliRun.RunAsync(Publish(app));

        // 2.2 is minor, but nobody was asked about 2.1's material change: the signers of 2.0 are asked now.
        Assert.True(code == ExitCodes.Success, stderr);
        Assert.DoesNotContain("is a minor change", stdout, StringComparison.Ordinal);
        var round = RoundIds.Reacceptance(SignOffScenario.Policy, "2.2", "millbrook");
        Assert.Equal(new[] { a.Email, b.Email }.Order(StringComparer.Ordinal), (await InvitedAsync(app, round)).Order(StringComparer.Ordinal));
        var invitation = Assert.Single(await services.Maildev.WaitForAsync(m => m.Any(AskingAgain), TimeSpan.FromSeconds(30), a.Email), AskingAgain);
        Assert.Contains("You signed version 2.0.", invitation.Text, StringComparison.Ordinal);
        Assert.Contains("Version 2.1: Multi-factor sign-in for every staff account", invitation.Text, StringComparison.Ordinal);
    }

    /// <summary>
    /// Version 2.0 published and a round for it at Millbrook: persons 1 and 2 sign, 3 declines, 4 never answers, 5
    /// signs and then leaves (the next roster no longer has them), and 6 joins after the round.
    /// </summary>
    private async Task<(IReadOnlyList<(string Name, string Email)> People, SignOffScenario Scenario)> SignedVersionTwoAsync(SignOffAppFactory app, string prefix)
    {
        CliRun.CopyFolder(Path.Combine(RepositoryPaths.Root, "policies"), Policies);
        CliRun.CopyFolder(Path.Combine(RepositoryPaths.Root, "templates"), Path.Combine(_temp, "templates"));
        var (code, _, stderr) = await CliRun.RunAsync(Publish(app));
        Assert.True(code == ExitCodes.Success, stderr);

        var scenario = new SignOffScenario(app, services);
        var (csv, people) = SignOffScenario.Roster(6, prefix);
        var lines = csv.Split('\n');
        await scenario.ImportRosterAsync(string.Join('\n', lines.Take(6)) + "\n");
        await scenario.StartRoundAsync();
        await scenario.SignAsync(people[0].Email, people[0].Name);
        await scenario.SignAsync(people[1].Email, people[1].Name);
        using (var decline = new SignPage(app.Anonymous(), await scenario.TokenFromInvitationAsync(people[2].Email)))
        {
            Assert.Equal(HttpStatusCode.OK, (await decline.DeclineAsync("I need to ask about home working first.")).Status);
        }

        await scenario.TokenFromInvitationAsync(people[3].Email);
        await scenario.SignAsync(people[4].Email, people[4].Name);

        // Person 5 has left and person 6 has joined.
        await scenario.ImportRosterAsync(string.Join('\n', lines.Take(5).Append(lines[6])) + "\n");
        return (people, scenario);
    }

    /// <summary>The governors ratify the example's proposed 2.1; Millbrook's own ratification stays with 2.0.</summary>
    private void RatifyVersionTwoPointOne(bool material)
    {
        var source = Path.Combine(Policies, "information-security.md");
        var text = File.ReadAllText(source);
        var edited = text
            .Replace("    date: 2027-05-26\n", "    date: 2026-11-20\n", StringComparison.Ordinal)
            .Replace("    status: proposed\n", "    ratified: 2026-11-25\n", StringComparison.Ordinal);
        if (!material)
        {
            edited = edited.Replace("    material-clauses: [mfa, public-wifi]\n", "", StringComparison.Ordinal);
        }

        Assert.NotEqual(text, edited);
        File.WriteAllText(source, edited);
        var millbrook = Path.Combine(Policies, "schools", "millbrook", "overrides", "information-security.yaml");
        File.WriteAllText(millbrook, File.ReadAllText(millbrook).Replace("ratified: 2026-07-14", "ratified: 2026-07-14\nversion: \"2.0\"", StringComparison.Ordinal));
    }

    /// <summary>The versions table's row for <paramref name="name"/>, holding <paramref name="cells"/>.</summary>
    private static string Row(string name, string cells) => $@"(?s)<th scope=""row"">{name}</th>(?:(?!</tr>).)*?{cells}";

    private static bool AskingAgain(MaildevEmail email) => email.Subject.StartsWith("Please read and sign again:", StringComparison.Ordinal);

    private static async Task<IReadOnlyList<string>> InvitedAsync(SignOffAppFactory app, string round)
    {
        var invites = await app.Store.ListAsync(BlobNames.InvitesPrefix(round), CancellationToken.None);
        var emails = new List<string>();
        foreach (var invite in invites)
        {
            emails.Add(RecordJson.Deserialize<InviteRecord>((await app.Store.ReadAsync(invite.Name, CancellationToken.None))!.Content, invite.Name).Email);
        }

        return emails;
    }

    private string[] Publish(SignOffAppFactory app) =>
    [
        "publish", "--policies", Policies, "--out", Path.Combine(_temp, "out"), "--templates", Path.Combine(_temp, "templates"),
        "--format", "html", "--storage", app.Storage.ConnectionString, "--container", app.Storage.Container,
    ];
}
