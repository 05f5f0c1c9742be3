using PolicyKit.Generator.Status;
using PolicyKit.Sources.Loading;
using PolicyKit.Sources.Statutory;

namespace PolicyKit.Generator.Coverage;

/// <summary>Each school's statutory and recommended policies, and the trust's policies that meet them.</summary>
public static class CoverageReport
{
    /// <summary>The warning for a school that has not said what type it is.</summary>
    internal const string NoTypeWarning = "add 'type:' (maintained, academy, free-school or independent) and 'phase:' to school.yaml; until then, the requirements that depend on them are listed to check.";

    /// <summary>
    /// Reports each <c>statutory-as:</c> and <c>statutory-policies:</c> entry that names an unknown requirement or
    /// school, and each trust entry that repeats an id; a build runs the same checks.
    /// </summary>
    /// <param name="sources">The trust's sources, loaded.</param>
    /// <param name="diagnostics">Where problems go, each at its line.</param>
    public static void Validate(SourceSet sources, Model.Diagnostics.DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(sources);
        StatutoryCatalogue.For(sources).Validate(sources, diagnostics);
    }

    /// <summary>One <see cref="SchoolCoverage"/> per school, in the sources' school order.</summary>
    /// <param name="sources">The trust's sources, loaded and checked.</param>
    /// <param name="today">The date reviews are compared with: a review before it is overdue.</param>
    public static IReadOnlyList<SchoolCoverage> For(SourceSet sources, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(sources);
        return For(sources, ReviewCalendar.For(sources, today));
    }

    /// <summary>The same, from a review calendar already worked out for <paramref name="sources"/> (the site build has one).</summary>
    internal static IReadOnlyList<SchoolCoverage> For(SourceSet sources, IReadOnlyList<ReviewCalendarEntry> reviewCalendar)
    {
        var catalogue = StatutoryCatalogue.For(sources);
        var builtIn = StatutoryCatalogue.BuiltIn;
        var requirements = catalogue.Entries
            .Select(e => (Entry: e, Requirement: ToRequirement(e, addedByTrust: !builtIn.Contains(e))))
            // Required before recommended; the list's own order within each.
            .OrderBy(r => r.Requirement.Level)
            .ToList();
        // The review calendar is where status and reminders work out a school's next review: use the same answer.
        var calendar = reviewCalendar.ToDictionary(e => (e.SchoolId, e.PolicyId));
        return sources.Schools.Select(school => ForSchool(sources, school, requirements, calendar)).ToList();
    }

    private static SchoolCoverage ForSchool(
        SourceSet sources,
        SchoolSource school,
        List<(StatutoryEntrySource Entry, StatutoryRequirement Requirement)> requirements,
        Dictionary<(string, string), ReviewCalendarEntry> calendar)
    {
        var lines = new List<CoverageLine>();
        var notApplicable = new List<NotApplicableLine>();
        foreach (var (entry, requirement) in requirements)
        {
            var applicability = ConditionMatcher.Match(entry.AppliesTo, school.Profile);
            if (applicability == Applicability.DoesNotApply)
            {
                continue;
            }

            if (NotApplicableReason(sources, school, entry.Id) is { } reason)
            {
                notApplicable.Add(new NotApplicableLine(requirement, reason));
                continue;
            }

            lines.Add(Line(sources, school, requirement, calendar) with { DependsOnSchoolType = applicability == Applicability.DependsOnType });
        }

        var warnings = school.Profile.Category is null || school.Profile.Phase is null ? new[] { NoTypeWarning } : [];
        return new SchoolCoverage(school.Id, school.Name, SchoolTypeWords.Describe(school.Profile), lines)
        {
            Warnings = warnings,
            NotApplicable = notApplicable,
        };
    }

    private static CoverageLine Line(SourceSet sources, SchoolSource school, StatutoryRequirement requirement, Dictionary<(string, string), ReviewCalendarEntry> calendar)
    {
        var candidates = sources.Policies
            .Where(p => p.StatutoryAs.Any(s => s.Id == requirement.Id))
            .Select(p => (Policy: p, Entry: calendar[(school.Id, p.Id)]))
            .Select(c => (c.Policy, c.Entry, State: StateOf(c.Entry)))
            // Where two policies say they meet it, the one in the best standing counts.
            .OrderBy(c => Rank(c.State))
            .ThenBy(c => c.Policy.Id, StringComparer.Ordinal)
            .ToList();
        if (candidates.Count == 0)
        {
            return new CoverageLine(requirement, CoverageState.Missing, null, null, null, OnWebsite: false);
        }

        var (policy, entry, state) = candidates[0];
        return new CoverageLine(requirement, state, policy.Id, policy.Title, entry.NextReview, policy.OnWebsite);
    }

    private static CoverageState StateOf(ReviewCalendarEntry entry) =>
        entry.Versions?.InForce is null ? CoverageState.NotRatified
        : entry.State == ReviewState.Overdue ? CoverageState.Overdue
        : CoverageState.Covered;

    private static int Rank(CoverageState state) => state switch
    {
        CoverageState.Covered => 0,
        CoverageState.Overdue => 1,
        _ => 2,
    };

    private static string? NotApplicableReason(SourceSet sources, SchoolSource school, string id) =>
        sources.Trust.StatutoryPolicies.NotApplicable
            .FirstOrDefault(n => n.Id == id && (n.Schools.Count == 0 || n.Schools.Any(s => s.Id == school.Id)))?.Reason;

    private static StatutoryRequirement ToRequirement(StatutoryEntrySource entry, bool addedByTrust) => new(
        entry.Id,
        entry.Name,
        entry.Recommended ? RequirementLevel.Recommended : RequirementLevel.Required,
        entry.Approver,
        entry.Review,
        entry.ReviewMonths,
        entry.Publish,
        SchoolTypeWords.Describe(entry.AppliesTo),
        entry.Sources.Select(s => new SourceCitation(s.Title, s.Url)).ToList())
    {
        Notes = entry.Notes,
        AddedByTrust = addedByTrust,
    };
}
