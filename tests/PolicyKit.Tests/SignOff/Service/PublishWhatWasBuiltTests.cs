using System.Text.Json;
using PolicyKit.Cli;
using PolicyKit.SignOff.Publishing;
using PolicyKit.SignOff.Storage;
using PolicyKit.Tests.Support;

namespace PolicyKit.Tests.SignOff.Service;

/// <summary>
/// What is published is what was built from the sources being published, always: a signature's evidence names the
/// version and hash of exactly the page the person saw. These run the CLI in-process as a trust author would.
/// </summary>
[Collection(LocalServicesCollection.Name)]
public sealed class PublishWhatWasBuiltTests(LocalServicesFixture services) : IDisposable
{
    private const string NewSentence = "From version 2.1, staff also lock their screen before leaving the room for a break.";
    private readonly string _temp = Directory.CreateTempSubdirectory("policykit-publish-").FullName;

    private string Policies => Path.Combine(_temp, "policies");

    private string Output => Path.Combine(_temp, "out");

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public async Task A_new_version_published_without_build_is_the_new_text_on_the_sign_page()
    {
        CopyTrust();
        // The author's last build made web pages and Word documents of version 2.0...
        var (built, _, buildErr) = await CliRun.RunAsync("build", "--policies", Policies, "--out", Output, "--format", "docx,html");
        Assert.True(built == ExitCodes.Success, buildErr);
        var oldPage = File.ReadAllText(Path.Combine(Output, "millbrook", "information-security.html"));

        // ...then they change a clause, add version 2.1, and publish without building first.
        AddVersionWithNewClause();
        await using var app = new SignOffAppFactory(services);
        var (published, _, publishErr) = await CliRun.RunAsync(Publish(app.Storage, "--format", "docx,html"));
        Assert.True(published == ExitCodes.Success, publishErr);

        var release = await ReleaseAsync(app.Storage, "millbrook", "2.1");
        var page = await PublishedAsync(app.Storage, "millbrook", "2.1", "information-security.html");
        Assert.Contains(NewSentence, page.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(NewSentence, oldPage, StringComparison.Ordinal);
        Assert.Equal(Hashing.Sha256Hex(page), release.File("html")!.Sha256);

        // A person asked to sign sees the 2.1 text, and the evidence names 2.1 and that page's hash.
        var scenario = new SignOffScenario(app, services);
        var (csv, people) = SignOffScenario.Roster(1, "newversion");
        await scenario.ImportRosterAsync(csv);
        await scenario.StartRoundAsync();
        var token = await scenario.TokenFromInvitationAsync(people[0].Email);
        using var client = app.Anonymous();
        var shown = await client.GetStringAsync($"/sign/{token}/document/information-security.html");
        Assert.Contains(NewSentence, shown, StringComparison.Ordinal);
        using var sign = new SignPage(app.Anonymous(), token);
        var (_, signPage) = await sign.OpenAsync();
        Assert.Contains("2.1", signPage, StringComparison.Ordinal);
        await sign.SignAsync(people[0].Name);
        var decision = (await app.Store.ListAsync("rounds/", CancellationToken.None)).Single(b => b.Name.Contains("/decisions/", StringComparison.Ordinal));
        using var evidence = JsonDocument.Parse((await app.Store.ReadAsync(decision.Name, CancellationToken.None))!.Content);
        Assert.Equal("2.1", evidence.RootElement.GetProperty("version").GetString());
        Assert.Equal(Hashing.Sha256Hex(BinaryData.FromString(shown)), evidence.RootElement.GetProperty("documentSha256").GetString());
    }

    [Fact]
    public async Task A_stale_pdf_left_in_the_output_folder_is_never_published_under_a_new_version()
    {
        CopyTrust();
        // A full build of 2.0, PDFs included, then version 2.1 published as Word and web page only.
        var (built, _, buildErr) = await CliRun.RunAsync("build", "--policies", Policies, "--out", Output, "--school", "millbrook", "--policy", "information-security");
        Assert.True(built == ExitCodes.Success, buildErr);
        var stalePdf = Path.Combine(Output, "millbrook", "information-security.pdf");
        Assert.True(File.Exists(stalePdf), "The build made no PDF: is LibreOffice installed? ./run-tests installs it.");

        AddVersionWithNewClause();
        var storage = services.NewStorageOptions();
        var (published, _, publishErr) = await CliRun.RunAsync(Publish(storage, "--format", "docx,html"));
        Assert.True(published == ExitCodes.Success, publishErr);

        var release = await ReleaseAsync(storage, "millbrook", "2.1");
        Assert.Null(release.File("pdf"));
        Assert.NotNull(release.File("html"));
        Assert.Null(await SignOffStore.Connect(storage).ReadAsync(BlobNames.Document("millbrook", "information-security", "2.1", "information-security.pdf"), CancellationToken.None));
        Assert.True(File.Exists(stalePdf), "The stale PDF is the author's file: publish leaves it alone.");
    }

    [Fact]
    public async Task A_web_page_edited_by_hand_after_the_build_is_rebuilt_before_it_is_published()
    {
        CopyTrust();
        var (built, _, buildErr) = await CliRun.RunAsync("build", "--policies", Policies, "--out", Output, "--format", "docx,html");
        Assert.True(built == ExitCodes.Success, buildErr);
        var page = Path.Combine(Output, "oakhurst", "information-security.html");
        File.WriteAllText(page, File.ReadAllText(page).Replace("<main", "<main data-edited=\"after-the-build\"", StringComparison.Ordinal));

        var storage = services.NewStorageOptions();
        var (published, _, publishErr) = await CliRun.RunAsync(Publish(storage, "--format", "docx,html"));
        Assert.True(published == ExitCodes.Success, publishErr);

        var uploaded = await PublishedAsync(storage, "oakhurst", "2.0", "information-security.html");
        Assert.DoesNotContain("after-the-build", uploaded.ToString(), StringComparison.Ordinal);
        Assert.Equal(File.ReadAllBytes(page), uploaded.ToArray());
    }

    [Fact]
    public async Task A_built_file_that_changes_before_upload_is_refused_and_nothing_of_its_document_is_published()
    {
        var html = Path.Combine(_temp, "policy.html");
        var candidate = Candidate("1.0", "inputs", (html, "<p>as built</p>"), (Path.Combine(_temp, "policy.docx"), "not really Word"));
        File.WriteAllText(html, "<p>swapped after the build</p>");
        var storage = services.NewStorageOptions();

        var report = await new Publisher(SignOffStore.Connect(storage), TimeProvider.System).PublishAsync(new PublishRequest([candidate], [], null), CancellationToken.None);

        var problem = Assert.Single(report.Problems);
        Assert.Contains($"{html}: the file changed after the build made it from policies/policy.md, so it was not published.", problem, StringComparison.Ordinal);
        Assert.Empty(await SignOffStore.Connect(storage).ListAsync("documents/", CancellationToken.None));
    }

    [Fact]
    public async Task A_file_left_by_an_interrupted_publish_of_other_sources_is_refused_not_kept()
    {
        var candidate = Candidate("3.0", "inputs-now", (Path.Combine(_temp, "policy.html"), "<p>the text now</p>"));
        var storage = services.NewStorageOptions();
        var store = SignOffStore.Connect(storage);
        await store.EnsureContainerAsync(CancellationToken.None);
        // An earlier publish of 3.0, from the text as it was, stopped after uploading the page.
        var blob = BlobNames.Document("millbrook", "policy", "3.0", "policy.html");
        Assert.True(await store.TryCreateAsync(blob, BinaryData.FromString("<p>the text then</p>"), "text/html", new Dictionary<string, string> { ["input"] = "inputs-then" }, CancellationToken.None));

        var report = await new Publisher(store, TimeProvider.System).PublishAsync(new PublishRequest([candidate], [], null), CancellationToken.None);

        Assert.Contains($"an interrupted publish left {blob} made from different sources under version 3.0", Assert.Single(report.Problems), StringComparison.Ordinal);
        Assert.Null(await store.ReadAsync(BlobNames.Release("millbrook", "policy", "3.0"), CancellationToken.None));
    }

    [Fact]
    public async Task Each_school_s_profile_names_its_business_manager_and_its_job_role_groups()
    {
        var storage = services.NewStorageOptions();
        await ExampleTrustBuild.PublishAsync(storage);

        var profile = RecordJson.Deserialize<SchoolProfile>((await SignOffStore.Connect(storage).ReadAsync(BlobNames.Profile("millbrook"), CancellationToken.None))!.Content, "profile");

        Assert.Equal(new SchoolContact("Lisa Cartwright", "School business manager", "l.cartwright@millbrook.example"), profile.BusinessManager);
        Assert.NotNull(profile.RoleGroups);
        Assert.NotEmpty(profile.RoleGroups);
    }

    /// <summary>Millbrook's 'policy' as a build would offer it: each file written with the hash recorded for it.</summary>
    private static ReleaseCandidate Candidate(string version, string inputHash, params (string Path, string Text)[] files)
    {
        foreach (var (path, text) in files)
        {
            File.WriteAllText(path, text);
        }

        return new ReleaseCandidate
        {
            School = "millbrook",
            Policy = "policy",
            Title = "A policy",
            Version = version,
            InputHash = inputHash,
            SourcePath = "policies/policy.md",
            RequiredFrom = ["staff"],
            Statements = ["I agree."],
            Files = [.. files.Select(f => new CandidateFile(f.Path, Hashing.Sha256Hex(BinaryData.FromString(f.Text))))],
        };
    }

    private string[] Publish(StorageOptions storage, params string[] extra) =>
    [
        "publish", "--policies", Policies, "--out", Output, "--templates", Path.Combine(_temp, "templates"),
        "--storage", storage.ConnectionString, "--container", storage.Container, .. extra,
    ];

    private void CopyTrust()
    {
        // The trust names its Word reference document as ../templates/reference.docx, so both folders are copied.
        CliRun.CopyFolder(Path.Combine(RepositoryPaths.Root, "policies"), Policies);
        CliRun.CopyFolder(Path.Combine(RepositoryPaths.Root, "templates"), Path.Combine(_temp, "templates"));
    }

    private void AddVersionWithNewClause()
    {
        var source = Path.Combine(Policies, "information-security.md");
        var text = File.ReadAllText(source);
        // The example's proposed 2.1 gives way to a 2.1 the governors have ratified.
        var proposed = text.IndexOf("  - version: \"2.1\"", StringComparison.Ordinal);
        var edited = text.Remove(proposed, text.IndexOf("related:", proposed, StringComparison.Ordinal) - proposed)
            .Replace("related: [data-protection", "  - version: \"2.1\"\n    date: 2026-11-20\n    by: JW\n    changes: Screens are locked before breaks.\n    ratified: 2026-11-25\nrelated: [data-protection", StringComparison.Ordinal)
            .Replace("however briefly (on Windows", $"however briefly. {NewSentence} (On Windows", StringComparison.Ordinal);
        Assert.NotEqual(text, edited);
        File.WriteAllText(source, edited);

        // Millbrook's governors ratified 2.0 themselves; the override now says so, as the trust's 2.1 is later.
        var millbrook = Path.Combine(Policies, "schools", "millbrook", "overrides", "information-security.yaml");
        File.WriteAllText(millbrook, File.ReadAllText(millbrook).Replace("ratified: 2026-07-14", "ratified: 2026-07-14\nversion: \"2.0\"", StringComparison.Ordinal));
    }

    private static async Task<PublishedRelease> ReleaseAsync(StorageOptions storage, string school, string version)
    {
        var name = BlobNames.Release(school, "information-security", version);
        var blob = await SignOffStore.Connect(storage).ReadAsync(name, CancellationToken.None);
        Assert.True(blob is not null, $"{name} was not published.");
        return RecordJson.Deserialize<PublishedRelease>(blob.Content, name);
    }

    private static async Task<BinaryData> PublishedAsync(StorageOptions storage, string school, string version, string file)
    {
        var name = BlobNames.Document(school, "information-security", version, file);
        var blob = await SignOffStore.Connect(storage).ReadAsync(name, CancellationToken.None);
        Assert.True(blob is not null, $"{name} was not published.");
        return blob.Content;
    }
}
