using PolicyKit.Sources.Loading;
using PolicyKit.Sources.Versions;

namespace PolicyKit.Generator.Status;

/// <summary>The review calendar: for each school and policy, what is in force and when it must next be reviewed.</summary>
public static class ReviewCalendar
{
    /// <summary>How far ahead a review counts as "due soon".</summary>
    public const int DueSoonDays = 60;

    /// <summary>Every school's copy of every policy, soonest review first (a missing review date counts as overdue).</summary>
    /// <param name="sources">The trust's sources.</param>
    /// <param name="today">The date the reviews are compared with.</param>
    public static IReadOnlyList<ReviewCalendarEntry> For(SourceSet sources, DateOnly today)
    {
        var entries = new List<ReviewCalendarEntry>();
        foreach (var school in sources.Schools)
        {
            foreach (var policy in sources.Policies)
            {
                var versions = PolicyVersions.For(sources, school, policy);
                var nextReview = versions.NextReview;
                var days = nextReview is { } date ? date.DayNumber - today.DayNumber : int.MinValue;
                var state = nextReview is null || days < 0 ? ReviewState.Overdue
                    : days <= DueSoonDays ? ReviewState.DueSoon
                    : ReviewState.UpToDate;
                entries.Add(new ReviewCalendarEntry(
                    school.Id,
                    school.Name,
                    policy.Id,
                    policy.Title,
                    versions.VersionInForce,
                    versions.InForce?.Date,
                    nextReview,
                    state,
                    days)
                {
                    RatifiedBy = versions.InForce?.BodyName,
                    ProposedVersion = versions.Proposed?.Version,
                    NextReviewIsExplicit = versions.NextReviewIsExplicit,
                    NextReviewMonthOnly = versions.NextReviewMonthOnly,
                    Versions = versions,
                });
            }
        }

        return entries.OrderBy(e => e.NextReview ?? DateOnly.MinValue).ThenBy(e => e.SchoolId, StringComparer.Ordinal).ThenBy(e => e.PolicyId, StringComparer.Ordinal).ToList();
    }
}
