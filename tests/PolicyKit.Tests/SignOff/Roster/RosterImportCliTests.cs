using System.Text;
using PolicyKit.Cli;
using PolicyKit.SignOff.Roster;
using PolicyKit.SignOff.Storage;
using PolicyKit.Tests.SignOff.Service;
using PolicyKit.Tests.Support;

namespace PolicyKit.Tests.SignOff.Roster;

/// <summary><c>policykit roster import</c> with MIS exports, against the run's real Azurite and the published example trust.</summary>
[Collection(LocalServicesCollection.Name)]
public sealed class RosterImportCliTests(LocalServicesFixture services) : IDisposable
{
    // Teacher and governor come from trust.yaml; sports coach and parent helper from Millbrook's school.yaml.
    private const string SimsExport =
        "Legal Surname,Legal Forename,Preferred Forename,Staff Code,Employee Number,Role,Work Email\r\n" +
        "Okafor,Chinedu,Chi,COK,100234,Teacher,c.okafor@millbrook.example\r\n" +
        "Dunn,Samuel,Sam,SDU,100301,Sports Coach,s.dunn@millbrook.example\r\n" +
        "Pryce,Graham,,GPR,,Governor,g.pryce@millbrook.example\r\n" +
        "Kaur,Jasleen,Jas,,,Parent Helper,j.kaur@millbrook.example\r\n";

    private readonly string _temp = Directory.CreateTempSubdirectory("policykit-roster-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public async Task A_sims_export_for_a_school_named_by_its_name_joins_groups_through_the_published_trust_and_school_tables()
    {
        var storage = services.NewStorageOptions();
        await ExampleTrustBuild.PublishAsync(storage);
        var file = Write("sims-staff.csv", SimsExport, bom: true);

        var (code, stdout, stderr) = await CliRun.RunAsync("roster", "import", file, "--school", "Millbrook School", "--storage", storage.ConnectionString, "--container", storage.Container);

        Assert.True(code == ExitCodes.Success, stderr);
        Assert.Contains("millbrook: 4 people on the roster.", stdout, StringComparison.Ordinal);

        // Tests run in the build's output folder, which has no policies/ folder: the published tables were used.
        Assert.DoesNotContain("roster-groups tables in", stdout, StringComparison.Ordinal);
        Assert.Equal(
            [("Chi Okafor", "staff", "100234"), ("Graham Pryce", "governors", "GPR"), ("Jas Kaur", "volunteers", null), ("Sam Dunn", "volunteers", "100301")],
            await GroupsAsync(storage));
    }

    [Fact]
    public async Task The_tables_come_from_the_policy_folder_when_there_is_one_and_sources_with_errors_import_nothing()
    {
        var storage = services.NewStorageOptions();
        await ExampleTrustBuild.PublishAsync(storage);
        var policies = Path.Combine(_temp, "policies");
        CliRun.CopyFolder(RepositoryPaths.Policies, policies);
        var school = Path.Combine(policies, "schools", "millbrook", "school.yaml");
        File.WriteAllText(school, File.ReadAllText(school).Replace("sports coach: volunteers", "sports coach: staff", StringComparison.Ordinal));
        var file = Write("sims-staff.csv", SimsExport, bom: true);
        string[] import = ["roster", "import", file, "--school", "millbrook", "--policies", policies, "--storage", storage.ConnectionString, "--container", storage.Container];

        var (code, stdout, stderr) = await CliRun.RunAsync(import);

        Assert.True(code == ExitCodes.Success, stderr);
        Assert.Contains($"Job roles are matched to groups with the roster-groups tables in {policies}.", stdout, StringComparison.Ordinal);
        Assert.Contains(("Sam Dunn", "staff", "100301"), await GroupsAsync(storage));

        File.WriteAllText(school, File.ReadAllText(school).Replace("sports coach: staff", "sports coach: staf", StringComparison.Ordinal));
        var (broken, _, errors) = await CliRun.RunAsync(import);

        Assert.Equal(ExitCodes.SourceErrors, broken);
        Assert.Contains("error PK0107: job role 'sports coach' is given the group 'staf', which does not exist (did you mean 'staff'?)", errors, StringComparison.Ordinal);
        Assert.Contains(("Sam Dunn", "staff", "100301"), await GroupsAsync(storage));
    }

    [Fact]
    public async Task A_header_problem_explains_the_columns_and_never_suggests_skipping_rows()
    {
        var storage = services.NewStorageOptions();
        await ExampleTrustBuild.PublishAsync(storage);
        var file = Write("staff.csv", "Forename,Surname,Personal Email,Role\nChi,Okafor,chi@home.example,Teacher\n");
        string[] import = ["roster", "import", file, "--school", "millbrook", "--storage", storage.ConnectionString, "--container", storage.Container];

        var (code, _, stderr) = await CliRun.RunAsync(import);

        Assert.Equal(ExitCodes.SourceErrors, code);
        Assert.Contains("error: staff.csv(1): the header has no email column. The columns found are \"Forename\", \"Surname\", \"Personal Email\", \"Role\". " +
            "An email column may be headed Work Email,", stderr, StringComparison.Ordinal);
        Assert.Contains("correct the file's header row", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("skip", stderr, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(await SignOffStore.Connect(storage).ListAsync("rosters/", CancellationToken.None));

        var (unknown, _, schools) = await CliRun.RunAsync([.. import[..3], "--school", "Milbrook", .. import[5..]]);
        Assert.Equal(ExitCodes.ServiceFailed, unknown);
        Assert.Contains(
            "There is no school 'Milbrook'. Known schools: larkfield-ashcombe (Larkfield and Ashcombe Primary Federation), millbrook (Millbrook School), oakhurst (Oakhurst Primary Academy).",
            schools,
            StringComparison.Ordinal);
    }

    private static async Task<List<(string Name, string Group, string? StaffId)>> GroupsAsync(StorageOptions storage)
    {
        var roster = await new RosterStore(SignOffStore.Connect(storage), TimeProvider.System).GetAsync("millbrook", CancellationToken.None);
        return roster!.People.Select(p => (p.Name, p.Group, p.StaffId)).ToList();
    }

    private string Write(string name, string text, bool bom = false)
    {
        var path = Path.Combine(_temp, name);
        File.WriteAllText(path, text, new UTF8Encoding(bom));
        return path;
    }
}
