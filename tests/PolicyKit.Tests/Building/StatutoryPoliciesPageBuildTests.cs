using PolicyKit.Generator.Building;
using PolicyKit.Generator.Coverage;
using PolicyKit.Model.Diagnostics;
using PolicyKit.Rendering.Html;
using PolicyKit.Tests.Rendering.Html;
using PolicyKit.Tests.Support;

namespace PolicyKit.Tests.Building;

/// <summary>The build writes each school's statutory policies page from the coverage report, and links it from the school's index.</summary>
public sealed class StatutoryPoliciesPageBuildTests : IDisposable
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private static readonly StatutoryRequirement ChildProtection = new(
        "child-protection", "Child protection policy", RequirementLevel.Required, "Governing board", "Annually", 12, MustPublish: true, "All schools",
        [new SourceCitation("Keeping children safe in education", "https://www.gov.uk/government/publications/keeping-children-safe-in-education--2")]);

    private readonly string _output = Directory.CreateTempSubdirectory("policykit-statutory-").FullName;

    public void Dispose() => Directory.Delete(_output, recursive: true);

    [Fact]
    public async Task Every_school_of_the_example_trust_gets_a_statutory_policies_page_with_a_row_per_requirement()
    {
        var diagnostics = new DiagnosticBag();
        var result = await BuildRunner.RunAsync(new BuildOptions(RepositoryPaths.Policies, Today) { OutputRoot = _output, Formats = OutputFormats.Html }, diagnostics, null, CancellationToken.None);
        Assert.True(result is not null, string.Join('\n', diagnostics));

        var coverage = CoverageReport.For(result.Session!.Sources, Today);
        Assert.Equal(result.Session.Sources.Schools.Select(s => s.Id), coverage.Select(c => c.SchoolId));
        foreach (var school in coverage)
        {
            var page = HtmlTree.Parse(await File.ReadAllTextAsync(Path.Combine(_output, school.SchoolId, "statutory-policies.html")));
            Assert.Equal("Statutory policies", page.Descendants("h1").Single().Text);
            Assert.Contains("Type of school: " + school.SchoolType, page.Descendants("p").Select(p => p.Text));
            Assert.Equal(school.Lines.Count, page.Descendants("tbody").Single().Descendants("tr").Count());
            var index = HtmlTree.Parse(await File.ReadAllTextAsync(Path.Combine(_output, school.SchoolId, "index.html")));
            Assert.Equal("statutory-policies.html", index.Descendants("a").Single(a => a.Text == "Statutory policies")["href"]);
        }
    }

    [Theory]
    [InlineData(CoverageState.Covered, StatutoryPolicyState.InPlace)]
    [InlineData(CoverageState.Missing, StatutoryPolicyState.Missing)]
    [InlineData(CoverageState.NotRatified, StatutoryPolicyState.NotRatified)]
    [InlineData(CoverageState.Overdue, StatutoryPolicyState.ReviewOverdue)]
    public void Each_coverage_state_becomes_the_state_the_page_words(CoverageState state, StatutoryPolicyState expected)
    {
        var entry = CoveragePages.Entry(new CoverageLine(ChildProtection, state, "safeguarding", "Safeguarding", new DateOnly(2027, 9, 1), OnWebsite: true));

        Assert.Equal(expected, entry.State);
    }

    [Fact]
    public void A_policy_is_linked_to_its_page_only_when_it_is_on_the_website()
    {
        var on = CoveragePages.Entry(new CoverageLine(ChildProtection, CoverageState.Covered, "safeguarding", "Safeguarding", new DateOnly(2027, 9, 1), OnWebsite: true));
        var off = CoveragePages.Entry(new CoverageLine(ChildProtection, CoverageState.Covered, "safeguarding", "Safeguarding", new DateOnly(2027, 9, 1), OnWebsite: false));
        var missing = CoveragePages.Entry(new CoverageLine(ChildProtection, CoverageState.Missing, null, null, null, OnWebsite: false));

        Assert.Equal(("Safeguarding", "safeguarding.html"), (on.PolicyTitle, on.PolicyHref));
        Assert.Equal(("Safeguarding", null), (off.PolicyTitle, off.PolicyHref));
        Assert.Equal((null, null), (missing.PolicyTitle, missing.PolicyHref));
        Assert.Equal((true, true, "Governing board", "Annually"), (on.Required, on.MustPublish, on.Approver, on.ReviewFrequency));
        Assert.Equal([("Keeping children safe in education", "https://www.gov.uk/government/publications/keeping-children-safe-in-education--2")], on.Sources.Select(s => (s.Title, s.Url)));
    }
}
