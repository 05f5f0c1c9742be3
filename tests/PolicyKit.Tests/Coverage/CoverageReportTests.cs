using PolicyKit.Generator.Coverage;
using PolicyKit.Model.Diagnostics;
using PolicyKit.Sources.Loading;
using PolicyKit.Tests.Support;

namespace PolicyKit.Tests.Coverage;

/// <summary>Which requirements apply to each type of school, and how a school stands against each.</summary>
public sealed class CoverageReportTests : IDisposable
{
    private readonly TrustFixture _trust = new();

    public void Dispose() => _trust.Dispose();

    [Fact]
    public void A_maintained_primary_with_a_nursery_has_the_maintained_and_early_years_policies_but_not_careers_or_academy_ones()
    {
        var ids = Ids(SchoolOfType("type: maintained\nphase: primary\nnursery: true"));
        Assert.Contains("pay-policy", ids);
        Assert.Contains("behaviour-principles", ids);
        Assert.Contains("staff-discipline-and-grievance", ids);
        Assert.Contains("eyfs-safeguarding", ids);
        Assert.Contains("equality-objectives", ids);
        Assert.DoesNotContain("careers-provider-access", ids);
        Assert.DoesNotContain("whistleblowing", ids);
        Assert.DoesNotContain("premises-management", ids);
        Assert.DoesNotContain("first-aid", ids);
    }

    [Fact]
    public void An_academy_secondary_with_a_sixth_form_has_careers_and_the_trust_policies_but_not_the_maintained_ones()
    {
        var school = SchoolOfType("type: academy\nphase: secondary\nsixth-form: true");
        var ids = Ids(school);
        Assert.Equal("Academy, secondary, with a sixth form", school.SchoolType);
        Assert.Contains("careers-provider-access", ids);
        Assert.Contains("whistleblowing", ids);
        Assert.Contains("premises-management", ids);
        Assert.Contains("admissions", ids);
        Assert.DoesNotContain("pay-policy", ids);
        Assert.DoesNotContain("behaviour-principles", ids);
        Assert.DoesNotContain("eyfs-safeguarding", ids);
        Assert.Empty(school.Warnings);
    }

    [Fact]
    public void A_special_academy_is_described_as_special_and_has_the_academy_requirements()
    {
        var school = SchoolOfType("type: academy\nphase: secondary\nspecial: true");
        Assert.Equal("Academy, secondary, special", school.SchoolType);
        Assert.Contains("sen-information-report", Ids(school));
        Assert.Contains("accessibility-plan", Ids(school));
    }

    [Fact]
    public void A_free_school_has_what_an_academy_has()
    {
        var free = SchoolOfType("type: free-school\nphase: primary");
        var academy = SchoolOfType("type: academy\nphase: primary");
        Assert.Equal(Ids(academy), Ids(free));
        Assert.Equal("Free school, primary", free.SchoolType);
    }

    [Fact]
    public void An_independent_school_has_its_standards_policies_but_not_the_public_body_duties()
    {
        var ids = Ids(SchoolOfType("type: independent\nphase: all-through"));
        Assert.Contains("child-protection", ids);
        Assert.Contains("complaints", ids);
        Assert.Contains("first-aid", ids);
        Assert.Contains("relationships-and-sex-education", ids);
        Assert.DoesNotContain("equality-objectives", ids);
        Assert.DoesNotContain("freedom-of-information", ids);
        Assert.DoesNotContain("sen-information-report", ids);
        Assert.DoesNotContain("careers-provider-access", ids);
    }

    [Fact]
    public void A_school_without_a_type_is_warned_and_the_requirements_that_depend_on_it_are_listed_to_check()
    {
        var school = Report().Single();
        Assert.Equal("Type not given", school.SchoolType);
        Assert.Equal(CoverageReport.NoTypeWarning, Assert.Single(school.Warnings));
        Assert.True(Line(school, "pay-policy").DependsOnSchoolType);
        Assert.True(Line(school, "careers-provider-access").DependsOnSchoolType);
        Assert.False(Line(school, "child-protection").DependsOnSchoolType);
        Assert.DoesNotContain("eyfs-safeguarding", Ids(school));
        Assert.Contains("to check (depends on school type)", school.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void A_requirement_no_policy_names_is_missing_and_one_that_is_named_is_covered()
    {
        MapPasswordsTo("child-protection");
        var school = SchoolOfType("type: academy\nphase: primary");
        var covered = Line(school, "child-protection");
        Assert.Equal(CoverageState.Covered, covered.State);
        Assert.Equal("passwords", covered.PolicyId);
        Assert.Equal(new DateOnly(2030, 9, 1), covered.NextReview);
        Assert.True(covered.OnWebsite);
        Assert.Equal(CoverageState.Missing, Line(school, "behaviour").State);
        Assert.Null(Line(school, "behaviour").PolicyId);
    }

    [Fact]
    public void A_policy_past_its_review_date_is_overdue()
    {
        MapPasswordsTo("child-protection");
        var school = SchoolOfType("type: academy\nphase: primary", today: new DateOnly(2030, 9, 2));
        Assert.Equal(CoverageState.Overdue, Line(school, "child-protection").State);
        Assert.Equal(CoverageState.Covered, Line(SchoolOfType("type: academy\nphase: primary", today: new DateOnly(2030, 9, 1)), "child-protection").State);
    }

    [Fact]
    public void A_policy_with_no_ratified_version_is_not_ratified()
    {
        _trust.Write("passwords.md", TrustFixture.PolicyMd
            .Replace("statutory: false", "statutory: false\nstatutory-as: child-protection", StringComparison.Ordinal)
            .Replace("    ratified: 2025-09-03\n", "    status: draft\n", StringComparison.Ordinal));
        var school = SchoolOfType("type: academy\nphase: primary");
        Assert.Equal(CoverageState.NotRatified, Line(school, "child-protection").State);
    }

    [Fact]
    public void A_policy_kept_off_the_website_is_flagged_where_the_law_says_to_publish_it()
    {
        _trust.Write("passwords.md", TrustFixture.PolicyMd.Replace("statutory: false", "statutory: false\nstatutory-as: [child-protection, health-and-safety]\nwebsite: false", StringComparison.Ordinal));
        var school = SchoolOfType("type: academy\nphase: primary");
        Assert.True(Line(school, "child-protection").MissingFromWebsite);
        Assert.False(Line(school, "health-and-safety").MissingFromWebsite);
        Assert.Equal(CoverageState.Covered, Line(school, "child-protection").State);
        Assert.Contains("1 not on the website", school.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_policy_kept_off_the_website_is_left_out_of_the_school_index_but_still_built()
    {
        _trust.Write("passwords.md", TrustFixture.PolicyMd.Replace("statutory: false", "statutory: false\nwebsite: false", StringComparison.Ordinal));
        var diagnostics = new DiagnosticBag();
        var result = await Generator.Building.BuildRunner.RunAsync(new Generator.Building.BuildOptions(_trust.Root, TrustFixture.Today) { OutputRoot = _trust.OutputRoot, Formats = Generator.Building.OutputFormats.Docx | Generator.Building.OutputFormats.Html }, diagnostics, null, CancellationToken.None);
        Assert.NotNull(result);
        Assert.True(File.Exists(Path.Combine(_trust.OutputRoot, "alder", "passwords.html")));
        Assert.DoesNotContain("passwords.html", File.ReadAllText(Path.Combine(_trust.OutputRoot, "alder", "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_trust_can_add_its_own_requirement_and_mark_one_not_applicable_to_a_school()
    {
        _trust.Write("trust.yaml", TrustFixture.TrustYaml + """

            statutory-policies:
              add:
                - id: passwords-rules
                  name: Password rules
                  level: required
                  approver: Trust board
                  review: Annually
                  review-months: 12
                  publish: false
                  sources:
                    - title: Cyber security standards for schools and colleges
                      url: https://www.gov.uk/guidance/meeting-digital-and-technology-standards-in-schools-and-colleges
              not-applicable:
                - id: admissions
                  schools: [alder]
                  reason: The local authority is the admission authority.
            """);
        MapPasswordsTo("passwords-rules");
        var school = SchoolOfType("type: maintained\nphase: primary");
        var added = Line(school, "passwords-rules");
        Assert.True(added.Requirement.AddedByTrust);
        Assert.Equal(CoverageState.Covered, added.State);
        Assert.DoesNotContain("admissions", Ids(school));
        var notApplicable = Assert.Single(school.NotApplicable);
        Assert.Equal(("admissions", "The local authority is the admission authority."), (notApplicable.Requirement.Id, notApplicable.Reason));
    }

    private void MapPasswordsTo(string id) =>
        _trust.Write("passwords.md", TrustFixture.PolicyMd.Replace("statutory: false", $"statutory: false\nstatutory-as: {id}", StringComparison.Ordinal));

    private SchoolCoverage SchoolOfType(string keys, DateOnly? today = null)
    {
        _trust.Write("schools/alder/school.yaml", TrustFixture.SchoolYaml + "\n" + keys);
        return Report(today).Single();
    }

    private IReadOnlyList<SchoolCoverage> Report(DateOnly? today = null)
    {
        var diagnostics = new DiagnosticBag();
        var sources = SourceSetLoader.Load(_trust.Root, diagnostics)!;
        CoverageReport.Validate(sources, diagnostics);
        Assert.Empty(diagnostics);
        return CoverageReport.For(sources, today ?? TrustFixture.Today);
    }

    private static List<string> Ids(SchoolCoverage school) => school.Lines.Select(l => l.Requirement.Id).ToList();

    private static CoverageLine Line(SchoolCoverage school, string id) => school.Lines.Single(l => l.Requirement.Id == id);
}
