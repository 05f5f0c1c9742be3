using PolicyKit.Cli.Publishing;
using PolicyKit.Generator.Coverage;
using PolicyKit.SignOff.Coverage;

namespace PolicyKit.Tests.Cli;

/// <summary>What publish sends the dashboard from the coverage report: what holds whatever the day, so overdue is worked out when shown.</summary>
public sealed class PublishCoverageTests
{
    private static readonly StatutoryRequirement ChildProtection = new(
        "child-protection", "Child protection policy", RequirementLevel.Required, "Governing board", "Annually", 12, MustPublish: true, "All schools", []);

    private static readonly StatutoryRequirement Mobiles = new(
        "mobile-phones", "Mobile phones in schools", RequirementLevel.Recommended, "Headteacher", "Annually", 12, MustPublish: false, "All schools", []);

    [Fact]
    public void Each_line_becomes_an_entry_with_the_school_its_type_and_the_policy_that_meets_it()
    {
        var coverage = new SchoolCoverage("oak", "Oak Academy", "Academy, secondary", [
            new CoverageLine(ChildProtection, CoverageState.Covered, "safeguarding", "Safeguarding", new DateOnly(2027, 9, 1), OnWebsite: false),
            new CoverageLine(Mobiles, CoverageState.Missing, null, null, null, OnWebsite: false),
        ]);

        var snapshot = PublishRequests.SnapshotOf(coverage);

        Assert.Equal(("oak", "Oak Academy", "Academy, secondary"), (snapshot.School, snapshot.SchoolName, snapshot.SchoolType));
        Assert.Equal(
            [
                new CoverageEntry("child-protection", "Child protection policy", true, "safeguarding", "Safeguarding", Ratified: true, new DateOnly(2027, 9, 1), MustPublish: true, OnWebsite: false),
                new CoverageEntry("mobile-phones", "Mobile phones in schools", false, null, null, Ratified: false, null, MustPublish: false, OnWebsite: false),
            ],
            snapshot.Entries);
    }

    [Theory]
    [InlineData(CoverageState.Covered, true, CoverageStatus.InPlace)]
    [InlineData(CoverageState.Overdue, true, CoverageStatus.ReviewOverdue)]
    [InlineData(CoverageState.NotRatified, false, CoverageStatus.NotRatified)]
    public void An_overdue_policy_is_published_as_ratified_and_shows_overdue_from_its_date(CoverageState state, bool ratified, CoverageStatus onTheDay)
    {
        var review = new DateOnly(2026, 3, 3);
        var coverage = new SchoolCoverage("oak", "Oak Academy", "Academy", [new CoverageLine(ChildProtection, state, "safeguarding", "Safeguarding", review, OnWebsite: true)]);

        var entry = Assert.Single(PublishRequests.SnapshotOf(coverage).Entries);

        Assert.Equal(ratified, entry.Ratified);
        Assert.Equal(onTheDay, entry.StatusOn(state == CoverageState.Overdue ? review.AddDays(1) : review));
    }
}
