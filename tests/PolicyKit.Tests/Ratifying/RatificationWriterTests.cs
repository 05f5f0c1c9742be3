using PolicyKit.Generator.Building;
using PolicyKit.Generator.Ratifying;
using PolicyKit.Model.Diagnostics;
using PolicyKit.Sources.Loading;
using PolicyKit.Sources.Validation;
using PolicyKit.Sources.Versions;
using PolicyKit.Tests.Support;

namespace PolicyKit.Tests.Ratifying;

/// <summary>Writing an approval into the example trust's sources: the line edits, and what the sources then say.</summary>
public sealed class RatificationWriterTests : IDisposable
{
    private static readonly DateOnly Meeting = new(2027, 6, 9);
    private readonly string _root = Path.Combine(Path.GetTempPath(), "policykit-ratify", Guid.NewGuid().ToString("N"));

    public RatificationWriterTests()
    {
        CliRun.CopyFolder(RepositoryPaths.Policies, Policies);
        CliRun.CopyFolder(Path.Combine(RepositoryPaths.Root, "templates"), Path.Combine(_root, "templates"));
    }

    private string Policies => Path.Combine(_root, "policies");

    private string PolicyFile => Path.Combine(Policies, "information-security.md");

    private string MillbrookOverride => Path.Combine(Policies, "schools", "millbrook", "overrides", "information-security.yaml");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void A_trust_wide_approval_replaces_the_proposed_status_with_the_ratification_and_keeps_every_other_line()
    {
        var before = File.ReadAllLines(PolicyFile);
        var result = RatificationWriter.Write(Policies, TrustWide());

        Assert.Equal(RatificationOutcome.Written, result.Outcome);
        var after = File.ReadAllLines(PolicyFile);
        var statusLine = Array.IndexOf(before, "    status: proposed");
        var reviewLine = Array.IndexOf(before, "next-review: 2027-07-01");
        Assert.True(reviewLine < statusLine);

        // The ratification takes the status line's place, one line up since the next-review above it went.
        var ratifiedLine = statusLine - 1;
        Assert.Equal(
            [
                "    ratified: 2027-06-09  # approval approvals/information-security/2.1/trust",
                "    ratified-by: governing-body",
                "    minute-ref: FGB 2027/06 item 4",
                "    chair: Graham Pryce",
            ],
            after[ratifiedLine..(ratifiedLine + 4)]);

        // Every other line is as it was, except the next-review the ratification would have hidden.
        var expected = before.Where((_, i) => i != statusLine && i != reviewLine).ToList();
        var actual = after.Where((_, i) => i < ratifiedLine || i >= ratifiedLine + 4).ToList();
        Assert.Equal(expected, actual);
        Assert.Contains(result.Changes, c => c.Description.Contains("removed next-review: 2027-07-01", StringComparison.Ordinal));
        Assert.Contains(result.Changes, c => c.Path.EndsWith("information-security.md", StringComparison.Ordinal) && c.Line == ratifiedLine + 1 && c.Description.Contains("ratified: 2027-06-09", StringComparison.Ordinal));
    }

    [Fact]
    public void After_a_trust_wide_approval_the_sources_validate_and_every_school_shows_the_new_version_as_current()
    {
        RatificationWriter.Write(Policies, TrustWide());

        var (sources, diagnostics) = Validated();
        Assert.DoesNotContain(diagnostics, d => d.IsError);
        var policy = sources.FindPolicy("information-security")!;
        foreach (var school in sources.Schools)
        {
            var versions = PolicyVersions.For(sources, school, policy);
            Assert.Equal("2.1", versions.Current?.Version);
            Assert.Equal(Meeting, versions.Current!.Ratification!.Date);
            Assert.Equal(Meeting.AddMonths(12), versions.NextReview);
        }

        // Millbrook's own ratification of 14 July 2026 was of 2.0, and says so now that 2.1 is current.
        var millbrook = sources.FindOverride("millbrook", "information-security")!;
        Assert.Equal("2.0", millbrook.RatifiedVersion);
        Assert.Null(millbrook.NextReview);

        var diagnosticsOfBuild = new DiagnosticBag();
        var compilation = Compiler.Compile(new BuildOptions(Policies, Meeting) { Policies = ["information-security"] }, diagnosticsOfBuild, CancellationToken.None);
        Assert.DoesNotContain(diagnosticsOfBuild, d => d.IsError);
        var info = compilation!.Documents.First(d => d.School.Id == "oakhurst").Document.Info;
        Assert.Equal("2.1", info.Version);
        Assert.Equal(Meeting, info.DateRatified);
        Assert.Equal(Meeting, info.History[^1].DateRatified);
    }

    [Fact]
    public void The_same_approval_twice_changes_nothing_the_second_time()
    {
        Assert.Equal(RatificationOutcome.Written, RatificationWriter.Write(Policies, TrustWide()).Outcome);
        var once = Snapshot();

        var again = RatificationWriter.Write(Policies, TrustWide());

        Assert.Equal(RatificationOutcome.AlreadyRecorded, again.Outcome);
        Assert.Empty(again.Changes);
        Assert.Equal(once, Snapshot());
    }

    [Fact]
    public void An_approval_that_disagrees_with_the_recorded_ratification_is_a_conflict_and_writes_nothing()
    {
        RatificationWriter.Write(Policies, TrustWide());
        var once = Snapshot();

        var result = RatificationWriter.Write(Policies, TrustWide() with { Date = Meeting.AddDays(1), Chair = "Someone Else" });

        Assert.Equal(RatificationOutcome.Conflict, result.Outcome);
        Assert.Contains("ratified 2027-06-09 (the approval says 2027-06-10)", result.Message, StringComparison.Ordinal);
        Assert.Contains("chaired by Graham Pryce (the approval says Someone Else)", result.Message, StringComparison.Ordinal);
        Assert.Equal(once, Snapshot());
    }

    [Fact]
    public void An_approval_of_a_version_the_history_does_not_list_says_to_merge_the_branch_that_proposes_it()
    {
        var before = Snapshot();

        var result = RatificationWriter.Write(Policies, TrustWide() with { Version = "2.2" });

        Assert.Equal(RatificationOutcome.VersionNotInSources, result.Outcome);
        Assert.Contains("check out or merge the branch that proposes 2.2, then pull again", result.Message, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public void A_school_approval_updates_its_override_in_place_and_keeps_its_changes_and_comments()
    {
        var before = File.ReadAllLines(MillbrookOverride);

        var result = RatificationWriter.Write(Policies, AtMillbrook());

        Assert.Equal(RatificationOutcome.Written, result.Outcome);
        var after = File.ReadAllLines(MillbrookOverride);
        var ratifiedLine = Array.IndexOf(before, "ratified: 2026-07-14");
        Assert.Equal(before[..ratifiedLine], after[..ratifiedLine]);
        Assert.Equal(
            [
                "ratified: 2027-06-09  # approval approvals/information-security/2.1/millbrook",
                "version: \"2.1\"",
                "ratified-by: governing-body",
                "minute-ref: LGB 2027/06 item 4",
                "chair: Graham Pryce",
                "next-review: 2028-06-09",
            ],
            after[ratifiedLine..]);

        var (sources, diagnostics) = Validated();
        Assert.DoesNotContain(diagnostics, d => d.IsError);
        var versions = PolicyVersions.For(sources, sources.FindSchool("millbrook")!, sources.FindPolicy("information-security")!);
        Assert.Equal("2.1", versions.Current?.Version);
        Assert.True(versions.Current!.Ratification!.BySchool);
        // The policy's own next-review of 1 July 2027 would hide the school's new review date, so the school has its own.
        Assert.Equal(Meeting.AddMonths(12), versions.NextReview);

        Assert.Equal(RatificationOutcome.AlreadyRecorded, RatificationWriter.Write(Policies, AtMillbrook()).Outcome);
    }

    [Fact]
    public void A_school_without_an_override_gets_one_holding_only_its_ratification()
    {
        var path = Path.Combine(Policies, "schools", "oakhurst", "overrides", "information-security.yaml");
        Assert.False(File.Exists(path));

        var result = RatificationWriter.Write(Policies, AtMillbrook() with { SchoolId = "oakhurst", Chair = "Fiona McLeod", MinuteRef = null });

        Assert.Equal(RatificationOutcome.Written, result.Outcome);
        var (sources, diagnostics) = Validated();
        Assert.DoesNotContain(diagnostics, d => d.IsError);
        var written = sources.FindOverride("oakhurst", "information-security")!;
        Assert.Equal((Meeting, "2.1", "governing-body", "Fiona McLeod"), (written.Ratified!.Value, written.RatifiedVersion, written.RatifiedBy, written.Chair));
        Assert.Empty(written.Changes);
        Assert.EndsWith("\n", File.ReadAllText(path), StringComparison.Ordinal);
    }

    [Fact]
    public void A_trust_board_approval_for_one_school_is_rejected()
    {
        var result = RatificationWriter.Write(Policies, AtMillbrook() with { Body = "trust-board" });

        Assert.Equal(RatificationOutcome.Rejected, result.Outcome);
        Assert.Contains("once for every school", result.Message, StringComparison.Ordinal);
    }

    private static RatificationApproval TrustWide() =>
        new("information-security", "2.1", "governing-body", null, Meeting, "Graham Pryce", "FGB 2027/06 item 4", "approvals/information-security/2.1/trust");

    private static RatificationApproval AtMillbrook() =>
        new("information-security", "2.1", "governing-body", "millbrook", Meeting, "Graham Pryce", "LGB 2027/06 item 4", "approvals/information-security/2.1/millbrook");

    private (SourceSet Sources, DiagnosticBag Diagnostics) Validated()
    {
        var diagnostics = new DiagnosticBag();
        var sources = SourceSetLoader.Load(Policies, diagnostics)!;
        SourceValidator.Validate(sources, Meeting, diagnostics);
        return (sources, diagnostics);
    }

    private Dictionary<string, string> Snapshot() =>
        Directory.EnumerateFiles(Policies, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllText);
}
