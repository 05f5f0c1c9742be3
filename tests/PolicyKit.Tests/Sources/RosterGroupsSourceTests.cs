using PolicyKit.Model.Diagnostics;
using PolicyKit.Sources.Loading;
using PolicyKit.Sources.Modelling;
using PolicyKit.Tests.Support;

namespace PolicyKit.Tests.Sources;

/// <summary>The <c>roster-groups:</c> tables of trust.yaml and school.yaml.</summary>
public sealed class RosterGroupsSourceTests : IDisposable
{
    private readonly TrustFixture _trust = new();

    public void Dispose() => _trust.Dispose();

    [Fact]
    public void A_school_adds_job_roles_and_changes_the_trust_s_group_for_one()
    {
        _trust.Write("trust.yaml", TrustFixture.TrustYaml + "\nroster-groups:\n  Teacher: staff\n  Sports Coach: staff\n  governor: governors");
        _trust.Write("schools/alder/school.yaml", TrustFixture.SchoolYaml + "\nroster-groups:\n  sports-coach: volunteers\n  parent helper: volunteers");

        var sources = Load();

        Assert.Equal(
            new Dictionary<string, string>
            {
                ["teacher"] = "staff",
                ["sports-coach"] = "volunteers",
                ["governor"] = "governors",
                ["parent helper"] = "volunteers",
            },
            sources.RosterGroupsFor(sources.Schools.Single()));
    }

    [Theory]
    [InlineData("", "# Job roles in the MIS export.\nroster-groups: { teacher: staff, volunteer: volunteers }\n")]
    [InlineData("", "roster-groups:\n  teacher: staff\n  volunteer: volunteers")]
    [InlineData("# Who holds each role.\n", "# Job roles in the MIS export,\n# and the group each joins.\nroster-groups:\n  teacher: staff\n  volunteer: volunteers\n")]
    public void Adding_roster_groups_does_not_change_any_document_s_input_hash(string before, string section)
    {
        // Real files end with a new line; the section may go anywhere, here above the roles and their comment.
        var trust = TrustFixture.TrustYaml + "\n";
        var roles = trust.IndexOf("roles:", StringComparison.Ordinal);
        _trust.Write("trust.yaml", trust.Insert(roles, before));
        var unchanged = InputHash(Load());

        _trust.Write("trust.yaml", trust.Insert(roles, section.TrimEnd('\n') + "\n" + before));
        var withGroups = Load();

        Assert.Equal(2, withGroups.Trust.RosterGroups.Count);
        Assert.Equal(unchanged, InputHash(withGroups));
    }

    [Fact]
    public void Changing_anything_else_in_the_same_file_still_changes_the_input_hash()
    {
        _trust.Write("trust.yaml", TrustFixture.TrustYaml + "\nroster-groups:\n  teacher: staff\n");
        var before = InputHash(Load());

        _trust.Write("trust.yaml", TrustFixture.TrustYaml.Replace("Watchful", "Watchful Plus", StringComparison.Ordinal) + "\nroster-groups:\n  teacher: staff\n");

        Assert.NotEqual(before, InputHash(Load()));
    }

    private SourceSet Load()
    {
        var diagnostics = new DiagnosticBag();
        var sources = SourceSetLoader.Load(_trust.Root, diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join('\n', diagnostics));
        return sources!;
    }

    private static string InputHash(SourceSet sources) =>
        new InputHasher(sources).HashOf(sources.Schools.Single(), sources.Policies.Single(), "extra");
}
