using Azure.Storage.Blobs;
using PolicyKit.Cli;
using PolicyKit.SignOff.Storage;
using PolicyKit.Tests.Support;

namespace PolicyKit.Tests.SignOff.Service;

/// <summary>The sign-off commands of the CLI, run in-process against the run's real Azurite.</summary>
[Collection(LocalServicesCollection.Name)]
public sealed class SignOffCliTests(LocalServicesFixture services) : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("policykit-cli-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public async Task Publish_uploads_the_trust_once_and_refuses_a_changed_policy_that_kept_its_version()
    {
        var policies = Path.Combine(_temp, "policies");
        // The trust names its Word reference document as ../templates/reference.docx, so both folders are copied.
        CliRun.CopyFolder(Path.Combine(RepositoryPaths.Root, "policies"), policies);
        CliRun.CopyFolder(Path.Combine(RepositoryPaths.Root, "templates"), Path.Combine(_temp, "templates"));
        var storage = services.NewStorageOptions();
        string[] publish =
        [
            "publish", "--policies", policies, "--out", Path.Combine(_temp, "out"), "--templates", Path.Combine(_temp, "templates"),
            "--format", "html,docx", "--storage", storage.ConnectionString, "--container", storage.Container,
        ];

        var (first, firstOut, firstErr) = await CliRun.RunAsync(publish);
        Assert.True(first == ExitCodes.Success, firstErr);
        Assert.Contains($"Published to container '{storage.Container}'", firstOut, StringComparison.Ordinal);

        // Documents never change once published; unchanged email templates and review calendars are not uploaded again either.
        var templates = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "templates", "email"), "*.scriban").Length;
        var documents = (await SignOffStore.Connect(storage).ListAsync("documents/", CancellationToken.None)).Count(b => !b.Name.EndsWith("/release.json", StringComparison.Ordinal));
        var calendars = Directory.GetDirectories(Path.Combine(policies, "schools")).Length;
        Assert.Contains($": {documents + templates + calendars} uploaded, 0 already published.", firstOut, StringComparison.Ordinal);
        var (second, secondOut, secondErr) = await CliRun.RunAsync(publish);
        Assert.True(second == ExitCodes.Success, secondErr);
        Assert.Contains($": 0 uploaded, {documents + templates + calendars} already published.", secondOut, StringComparison.Ordinal);

        var source = Path.Combine(policies, "information-security.md");
        File.WriteAllText(source, File.ReadAllText(source).Replace("# Introduction {#introduction}", "# Introduction {#introduction}\n\nA sentence added without a new version.", StringComparison.Ordinal));
        var (changed, _, changedErr) = await CliRun.RunAsync(publish);
        Assert.Equal(ExitCodes.SourceErrors, changed);
        Assert.Contains("information-security.md: version 2.0 of 'information-security'", changedErr, StringComparison.Ordinal);
        Assert.Contains("Add a new entry to version-history", changedErr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", changedErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publish_sends_each_schools_review_calendar_and_calendar_links_prints_its_secret_address()
    {
        var policies = Path.Combine(_temp, "policies");
        CliRun.CopyFolder(Path.Combine(RepositoryPaths.Root, "policies"), policies);
        CliRun.CopyFolder(Path.Combine(RepositoryPaths.Root, "templates"), Path.Combine(_temp, "templates"));
        await using var app = new SignOffAppFactory(services);
        string[] storage = ["--storage", app.Storage.ConnectionString, "--container", app.Storage.Container];

        var (empty, emptyOut, _) = await CliRun.RunAsync(["signoff", "calendar-links", .. storage]);
        Assert.Equal(ExitCodes.Success, empty);
        Assert.Contains("No school has a calendar", emptyOut, StringComparison.Ordinal);

        var (published, _, publishErr) = await CliRun.RunAsync(["publish", "--policies", policies, "--out", Path.Combine(_temp, "out"), "--templates", Path.Combine(_temp, "templates"), "--format", "html", .. storage]);
        Assert.True(published == ExitCodes.Success, publishErr);
        var state = await File.ReadAllTextAsync(PolicyKit.Sources.Calendar.CalendarStateFile.PathIn(policies));

        var (code, stdout, stderr) = await CliRun.RunAsync(["signoff", "calendar-links", "--service-url", "https://signoff.trust.example/", .. storage]);

        Assert.True(code == ExitCodes.Success, stderr);
        var line = Assert.Single(stdout.Split('\n'), l => l.StartsWith("millbrook: ", StringComparison.Ordinal)).Trim();
        Assert.EndsWith(".ics (new)", line, StringComparison.Ordinal);
        var address = new Uri(line["millbrook: ".Length..^" (new)".Length]);
        Assert.Equal("signoff.trust.example", address.Host);
        using var client = app.Anonymous();
        using var response = await client.GetAsync(address.PathAndQuery);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var served = Ical.Net.Calendar.Load(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(
            await File.ReadAllTextAsync(Path.Combine(_temp, "out", "calendar", "millbrook.ics")),
            await response.Content.ReadAsStringAsync());
        Assert.All(served.Events, e => Assert.Contains(e.Uid!, state, StringComparison.Ordinal));

        var (again, againOut, _) = await CliRun.RunAsync(["signoff", "calendar-links", .. storage]);
        Assert.Equal(ExitCodes.Success, again);
        Assert.Contains($"millbrook: {address.AbsolutePath}\n", againOut.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Roster_import_of_a_file_with_bad_rows_names_each_line_and_imports_nothing_unless_told_to_skip_them()
    {
        var storage = services.NewStorageOptions();
        await ExampleTrustBuild.PublishAsync(storage);
        var file = Path.Combine(_temp, "roster.csv");
        File.WriteAllText(file, $"""
            Name,Email,Group,School
            Good Person,{LocalServicesFixture.NewAddress("good")},Staff,millbrook
            No Address,not-an-address,Staff,millbrook
            Wrong School,{LocalServicesFixture.NewAddress("wrong")},Staff,nowhere
            Also Good,{LocalServicesFixture.NewAddress("also")},Governor,millbrook

            """);
        string[] import = ["roster", "import", file, "--storage", storage.ConnectionString, "--container", storage.Container];

        var (code, _, stderr) = await CliRun.RunAsync(import);
        Assert.Equal(ExitCodes.SourceErrors, code);
        Assert.Contains("roster.csv(3): ", stderr, StringComparison.Ordinal);
        Assert.Contains("roster.csv(4): ", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("roster.csv(2)", stderr, StringComparison.Ordinal);
        Assert.Contains("Nothing was imported", stderr, StringComparison.Ordinal);
        var store = SignOffStore.Connect(storage);
        Assert.Empty(await store.ListAsync("rosters/", CancellationToken.None));

        var (skipped, stdout, warnings) = await CliRun.RunAsync([.. import, "--skip-invalid"]);
        Assert.True(skipped == ExitCodes.Success, warnings);
        Assert.Contains("millbrook: 2 people on the roster.", stdout, StringComparison.Ordinal);
        Assert.Contains("2 row(s) with problems were skipped.", stdout, StringComparison.Ordinal);
        Assert.Contains("warning: roster.csv(3): ", warnings, StringComparison.Ordinal);
        Assert.Equal([BlobNames.Roster("millbrook")], (await store.ListAsync("rosters/", CancellationToken.None)).Select(b => b.Name));
    }

    [Fact]
    public async Task Signoff_verify_passes_an_intact_round_and_names_each_changed_removed_or_inserted_record()
    {
        await using var app = new SignOffAppFactory(services);
        var round = await SignedRoundAsync(app, people: 4);
        var container = new BlobContainerClient(app.Storage.ConnectionString, app.Storage.Container);
        string[] verify = ["signoff", "verify", round, "--storage", app.Storage.ConnectionString, "--container", app.Storage.Container];

        var (intact, stdout, _) = await CliRun.RunAsync(verify);
        Assert.Equal(ExitCodes.Success, intact);
        Assert.Contains($"{round}: intact (4 chain entries, 4 decisions).", stdout, StringComparison.Ordinal);

        var decisions = (await app.Store.ListAsync(BlobNames.DecisionsPrefix(round), CancellationToken.None)).Select(d => d.Name).ToList();
        var changed = decisions[0];
        await TamperedAsync(container, changed, c => Edit(c, changed, text => text.Replace("\"typedName\": \"", "\"typedName\": \"Not ", StringComparison.Ordinal)), verify, [
            $"{changed}: error: changed: {changed} was changed after it was sealed",
        ]);

        var last = BlobNames.ChainEntry(round, 4);
        await TamperedAsync(container, last, c => c.GetBlobClient(last).DeleteAsync(), verify, [
            $"{BlobNames.ChainHead(round)}: error: removed: The chain's head names entry 4, but the last entry is 3",
        ]);

        var middle = BlobNames.ChainEntry(round, 2);
        await TamperedAsync(container, middle, c => c.GetBlobClient(middle).DeleteAsync(), verify, [
            $"{middle}: error: removed: Chain entries 2 to 2 are missing.",
            $"{BlobNames.ChainEntry(round, 3)}: error: inserted: Chain entry 3 does not follow entry 2",
        ]);

        var inserted = BlobNames.Decision(round, "millbrook", "someone-added-later");
        await TamperedAsync(container, inserted, c => c.GetBlobClient(inserted).UploadAsync(c.GetBlobClient(changed).DownloadContent().Value.Content), verify, [
            $"{inserted}: error: inserted: {inserted} is not in the chain",
        ]);
    }

    [Fact]
    public async Task Signoff_verify_of_a_round_that_does_not_exist_exits_1_naming_the_rounds_there_are()
    {
        await using var app = new SignOffAppFactory(services);
        var round = await SignedRoundAsync(app, people: 1);
        string[] verify = ["signoff", "verify", "information-security-v9-0-0000000000", "--storage", app.Storage.ConnectionString, "--container", app.Storage.Container];

        var (code, _, stderr) = await CliRun.RunAsync(verify);

        Assert.Equal(ExitCodes.SourceErrors, code);
        Assert.Contains($"error: there is no round 'information-security-v9-0-0000000000' in container '{app.Storage.Container}'. Its rounds are: {round}.", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    /// <summary>Applies one change to storage, checks verify names it (exit 8), then puts the blob back as it was and checks verify passes again.</summary>
    private static async Task TamperedAsync(BlobContainerClient container, string blob, Func<BlobContainerClient, Task> tamper, string[] verify, string[] expected)
    {
        var original = container.GetBlobClient(blob).Exists().Value ? container.GetBlobClient(blob).DownloadContent().Value.Content : null;
        await tamper(container);

        var (code, _, stderr) = await CliRun.RunAsync(verify);
        Assert.Equal(ExitCodes.EvidenceBroken, code);
        Assert.All(expected, line => Assert.Contains(line, stderr, StringComparison.Ordinal));

        if (original is null)
        {
            await container.GetBlobClient(blob).DeleteAsync();
        }
        else
        {
            await container.GetBlobClient(blob).UploadAsync(original, overwrite: true);
        }

        var (again, _, left) = await CliRun.RunAsync(verify);
        Assert.True(again == ExitCodes.Success, left);
    }

    private static async Task Edit(BlobContainerClient container, string blob, Func<string, string> change)
    {
        var text = container.GetBlobClient(blob).DownloadContent().Value.Content.ToString();
        var edited = change(text);
        Assert.NotEqual(text, edited);
        await container.GetBlobClient(blob).UploadAsync(BinaryData.FromString(edited), overwrite: true);
    }

    /// <summary>A round at Millbrook that <paramref name="people"/> people signed through the sign page, one after another.</summary>
    private async Task<string> SignedRoundAsync(SignOffAppFactory app, int people)
    {
        var scenario = new SignOffScenario(app, services);
        await scenario.PublishAsync();
        var (csv, roster) = SignOffScenario.Roster(people, "verify");
        await scenario.ImportRosterAsync(csv);
        var round = (await scenario.StartRoundAsync()).GetProperty("round").GetString()!;
        foreach (var (name, email) in roster)
        {
            using var page = new SignPage(app.Anonymous(), await scenario.TokenFromInvitationAsync(email));
            var (_, html) = await page.SignAsync(name);
            Assert.Contains("Thank you, you have signed", html, StringComparison.Ordinal);
        }

        return round;
    }
}
