using PolicyKit.Generator.Status;
using PolicyKit.Model.Diagnostics;
using PolicyKit.Sources.Loading;
using PolicyKit.Sources.Versions;
using PolicyKit.Tests.Support;

namespace PolicyKit.Tests.Sources;

/// <summary>Draft → proposed → ratified → superseded, the next review that follows, and the material flag, as documents and the calendar see them.</summary>
public sealed class VersionLifecycleTests : IDisposable
{
    private const string ProposedEntry = """
          - version: "1.1"
            date: 2026-10-01
            by: TC
            changes: Longer passwords.
            status: proposed
            material-clauses: [length]
        """;

    private readonly TrustFixture _trust = new();

    public void Dispose() => _trust.Dispose();

    [Fact]
    public void A_proposed_version_does_not_replace_the_current_one_in_documents()
    {
        _trust.Write("passwords.md", WithEntry(ProposedEntry));
        var (compilation, diagnostics) = _trust.Compile();
        Assert.Empty(diagnostics);

        var info = Assert.Single(compilation!.Documents).Document.Info;
        Assert.Equal("1.0", info.Version);
        Assert.Equal(new DateOnly(2025, 9, 3), info.DateRatified);
        Assert.Equal(["1.0"], info.History.Select(h => h.Version));

        var versions = Versions();
        Assert.Equal([VersionStatus.Ratified, VersionStatus.Proposed], versions.Versions.Select(v => v.Status));
        Assert.Equal("1.1", versions.Proposed?.Version);
        Assert.True(versions.Proposed!.IsMaterial);
    }

    [Fact]
    public void Writing_down_a_proposed_version_leaves_the_current_documents_and_their_input_hash_as_they_were()
    {
        var before = InputHash();
        _trust.Write("passwords.md", WithEntry(ProposedEntry));
        Assert.Equal(before, InputHash());
        _trust.Write("passwords.md", WithEntry(ProposedEntry.Replace("Longer passwords.", "Longer passwords, and no reuse.")));
        Assert.Equal(before, InputHash());

        // Once a school ratifies it, the entry is printed there, so its wording counts.
        _trust.Write("schools/alder/overrides/passwords.yaml", "ratified: 2026-10-15\nversion: \"1.1\"");
        var ratified = InputHash();
        Assert.NotEqual(before, ratified);
        _trust.Write("passwords.md", WithEntry(ProposedEntry));
        Assert.NotEqual(ratified, InputHash());
    }

    [Fact]
    public void A_draft_version_is_neither_current_nor_awaiting_ratification()
    {
        _trust.Write("passwords.md", WithEntry(ProposedEntry.Replace("status: proposed", "status: draft")));
        var versions = Versions();
        Assert.Equal("1.0", versions.Current?.Version);
        Assert.Null(versions.Proposed);
        Assert.Equal(VersionStatus.Draft, versions.Versions[^1].Status);
    }

    [Fact]
    public void Ratifying_a_later_version_supersedes_the_earlier_one_and_records_body_minute_and_chair()
    {
        var ratified = ProposedEntry.Replace("    status: proposed", "    ratified: 2026-10-20\n    ratified-by: trust-board\n    minute-ref: TB 26/10 item 3\n    chair: Rhea Board");
        _trust.Write("passwords.md", WithEntry(ratified));
        var (compilation, diagnostics) = _trust.Compile();
        Assert.Empty(diagnostics);

        var versions = Versions();
        Assert.Equal([VersionStatus.Superseded, VersionStatus.Ratified], versions.Versions.Select(v => v.Status));
        Assert.Equal(new Ratification(new DateOnly(2026, 10, 20), "trust-board", "Test Learning Trust board of trustees", "TB 26/10 item 3", "Rhea Board", BySchool: false), versions.Current!.Ratification);
        var info = Assert.Single(compilation!.Documents).Document.Info;
        Assert.Equal("1.1", info.Version);
        Assert.Equal(["1.0", "1.1"], info.History.Select(h => h.Version));
    }

    [Fact]
    public void A_school_ratifying_a_proposed_version_makes_it_current_there_with_its_committee()
    {
        _trust.Write("passwords.md", WithEntry(ProposedEntry));
        _trust.Write("schools/alder/school.yaml", TrustFixture.SchoolYaml + "\ncommittees:\n  resources: Resources committee");
        _trust.Write("schools/alder/overrides/passwords.yaml", "ratified: 2026-10-15\nversion: \"1.1\"\nratified-by: resources\nminute-ref: RC 15/10/26 item 2\nchair: Cai Chair");
        var (compilation, diagnostics) = _trust.Compile();
        Assert.Empty(diagnostics);

        var versions = Versions();
        Assert.Equal("1.1", versions.Current?.Version);
        Assert.Equal(new Ratification(new DateOnly(2026, 10, 15), "resources", "Resources committee", "RC 15/10/26 item 2", "Cai Chair", BySchool: true), versions.Current!.Ratification);
        Assert.Null(versions.Proposed);
        var info = Assert.Single(compilation!.Documents).Document.Info;
        Assert.Equal(("1.1", new DateOnly(2026, 10, 15)), (info.Version, info.DateRatified));
        Assert.Equal(new DateOnly(2026, 10, 15), info.History[^1].DateRatified);
    }

    [Fact]
    public void A_school_ratified_date_without_a_version_is_for_the_current_version_not_a_proposed_one()
    {
        _trust.Write("passwords.md", WithEntry(ProposedEntry));
        _trust.Write("schools/alder/overrides/passwords.yaml", "ratified: 2025-09-20");
        var versions = Versions();
        Assert.Equal(("1.0", new DateOnly(2025, 9, 20)), (versions.Current?.Version, versions.Current?.Ratification?.Date));
        Assert.Equal("1.1", versions.Proposed?.Version);
    }

    [Fact]
    public void Without_next_review_the_review_follows_the_ratification_date_and_the_cycle()
    {
        _trust.Write("passwords.md", TrustFixture.PolicyMd.Replace("next-review: 2030-09-01\n", "").Replace("review-cycle: annual", "review-cycle: 18 months"));
        var (compilation, diagnostics) = _trust.Compile();
        Assert.Empty(diagnostics);
        Assert.Equal(new DateOnly(2027, 3, 3), Assert.Single(compilation!.Documents).Document.Info.NextReview);
        Assert.False(Versions().NextReviewIsExplicit);

        // The school's own ratification moves its review with it; an explicit date still wins over both.
        _trust.Write("schools/alder/overrides/passwords.yaml", "ratified: 2025-10-01");
        Assert.Equal(new DateOnly(2027, 4, 1), Versions().NextReview);
        _trust.Write("schools/alder/overrides/passwords.yaml", "ratified: 2025-10-01\nnext-review: 2026-12-31");
        Assert.Equal((new DateOnly(2026, 12, 31), true), (Versions().NextReview, Versions().NextReviewIsExplicit));
    }

    [Fact]
    public void The_review_calendar_shows_who_ratified_and_the_version_awaiting_ratification()
    {
        _trust.Write("passwords.md", WithEntry(ProposedEntry));
        var entry = Assert.Single(ReviewCalendar.For(Load(), TrustFixture.Today));
        Assert.Equal(("1.0", "Governing body", "1.1"), (entry.Version, entry.RatifiedBy, entry.ProposedVersion));
    }

    [Fact]
    public void The_example_trust_shows_its_proposed_information_security_version_awaiting_ratification_at_every_school()
    {
        var diagnostics = new DiagnosticBag();
        var sources = SourceSetLoader.Load(RepositoryPaths.Policies, diagnostics)!;
        var entries = ReviewCalendar.For(sources, TrustFixture.Today).Where(e => e.PolicyId == "information-security").ToList();
        Assert.Equal(3, entries.Count);
        Assert.All(entries, e => Assert.Equal(("2.0", "2.1"), (e.Version, e.ProposedVersion)));
        Assert.True(entries[0].Versions!.Proposed!.IsMaterial);
        Assert.Single(ReviewCalendar.For(sources, TrustFixture.Today).Select(e => e.ProposedVersion).OfType<string>().Distinct());
    }

    [Theory]
    [InlineData("    material: true\n", true)]
    [InlineData("    material: false\n", false)]
    [InlineData("    material-clauses: [sharing]\n", true)]
    [InlineData("", false)]
    public void A_version_says_whether_people_must_sign_again(string flag, bool material)
    {
        _trust.Write("passwords.md", TrustFixture.PolicyMd.Replace("    implemented: 2025-09-04\n", "    implemented: 2025-09-04\n" + flag));
        Assert.Empty(_trust.Compile().Diagnostics);
        Assert.Equal(material, Versions().Current!.IsMaterial);
    }

    private string InputHash()
    {
        var (compilation, diagnostics) = _trust.Compile();
        Assert.Empty(diagnostics);
        return Assert.Single(compilation!.Documents).Document.Info.InputHash;
    }

    private static string WithEntry(string entry) =>
        TrustFixture.PolicyMd.Replace("---\n# Passwords", entry.ReplaceLineEndings("\n") + "\n---\n# Passwords");

    private SourceSet Load()
    {
        var diagnostics = new DiagnosticBag();
        var sources = SourceSetLoader.Load(_trust.Root, diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join('\n', diagnostics));
        return sources!;
    }

    private PolicyVersions Versions()
    {
        var sources = Load();
        return PolicyVersions.For(sources, sources.Schools[0], sources.Policies[0]);
    }
}
