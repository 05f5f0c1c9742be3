namespace PolicyKit.Generator.Coverage;

/// <summary>Whether the Department for Education (or other law) requires a policy or only recommends it.</summary>
public enum RequirementLevel
{
    /// <summary>Required by law or statutory guidance for the schools it applies to.</summary>
    Required,

    /// <summary>Recommended by departmental guidance; an inspector or auditor will expect it.</summary>
    Recommended,
}

/// <summary>Where a requirement comes from: a document's title and its public address.</summary>
public sealed record SourceCitation(string Title, string Url);

/// <summary>One statutory or recommended policy, from PolicyKit's built-in list or the trust's additions.</summary>
/// <param name="Id">A stable key such as "child-protection", which policies name with <c>statutory-as:</c>.</param>
/// <param name="Name">What the Department calls it ("Child protection policy").</param>
/// <param name="Approver">Who must approve it, in words ("Governing board", "Headteacher").</param>
/// <param name="ReviewFrequency">How often it must be reviewed, in words ("Annually", "Every 3 years", "Set by the board").</param>
/// <param name="ReviewMonths">The same as a number of months, or null where the law sets none.</param>
/// <param name="MustPublish">Whether it must be published on the school's website.</param>
/// <param name="AppliesTo">The school types it applies to, in words ("All schools", "Maintained schools", "Schools with a nursery").</param>
public sealed record StatutoryRequirement(
    string Id,
    string Name,
    RequirementLevel Level,
    string Approver,
    string ReviewFrequency,
    int? ReviewMonths,
    bool MustPublish,
    string AppliesTo,
    IReadOnlyList<SourceCitation> Sources)
{
    /// <summary>What the sources add in a sentence or two (what it covers, who must publish it), or null.</summary>
    public string? Notes { get; init; }

    /// <summary>True for an entry the trust added in trust.yaml; false for one from PolicyKit's built-in list.</summary>
    public bool AddedByTrust { get; init; }
}

/// <summary>How a school stands against one requirement.</summary>
public enum CoverageState
{
    /// <summary>A policy covers it and its review is not past.</summary>
    Covered,

    /// <summary>No policy says <c>statutory-as:</c> this requirement.</summary>
    Missing,

    /// <summary>A policy covers it but has never been ratified (draft or proposed only).</summary>
    NotRatified,

    /// <summary>A policy covers it but its next review date has passed.</summary>
    Overdue,
}

/// <summary>One requirement at one school, and the policy that meets it if any.</summary>
/// <param name="PolicyId">The trust's policy whose <c>statutory-as:</c> names the requirement, or null.</param>
/// <param name="NextReview">That policy's next review date at this school, or null.</param>
/// <param name="OnWebsite">Whether that policy is on the school's policy site (false when missing or kept off it).</param>
public sealed record CoverageLine(
    StatutoryRequirement Requirement,
    CoverageState State,
    string? PolicyId,
    string? PolicyTitle,
    DateOnly? NextReview,
    bool OnWebsite)
{
    /// <summary>The requirement says it must be on the website and it is not.</summary>
    public bool MissingFromWebsite => Requirement.MustPublish && !OnWebsite;

    /// <summary>
    /// True when whether the requirement applies depends on the school's type or phase, which school.yaml does not
    /// give: the line is shown for the school to check rather than left out.
    /// </summary>
    public bool DependsOnSchoolType { get; init; }
}

/// <summary>A requirement the trust says does not apply to a school (<c>statutory-policies: not-applicable:</c>), and why.</summary>
public sealed record NotApplicableLine(StatutoryRequirement Requirement, string Reason);

/// <summary>One school's coverage: its type in words and one line per requirement that applies to it.</summary>
public sealed record SchoolCoverage(string SchoolId, string SchoolName, string SchoolType, IReadOnlyList<CoverageLine> Lines)
{
    /// <summary>What the school should do before the report can be complete, such as "add 'type:' to school.yaml"; empty when nothing.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>Requirements of the school's type that the trust has marked as not applying to it, with the reason; they have no line.</summary>
    public IReadOnlyList<NotApplicableLine> NotApplicable { get; init; } = [];

    /// <summary>The gaps in words: "2 missing, 1 overdue, 1 not on the website", or "Every policy is in place" when there are none.</summary>
    public string Summary
    {
        get
        {
            var parts = new List<string>();
            Add(parts, Lines.Count(l => l.State == CoverageState.Missing), "missing");
            Add(parts, Lines.Count(l => l.State == CoverageState.NotRatified), "not ratified");
            Add(parts, Lines.Count(l => l.State == CoverageState.Overdue), "overdue");
            // A missing policy is not counted again as missing from the website.
            Add(parts, Lines.Count(l => l.MissingFromWebsite && l.State != CoverageState.Missing), "not on the website");
            Add(parts, Lines.Count(l => l.DependsOnSchoolType), "to check (depends on school type)");
            return parts.Count == 0 ? "Every policy is in place" : string.Join(", ", parts);
        }
    }

    private static void Add(List<string> parts, int count, string words)
    {
        if (count > 0)
        {
            parts.Add($"{count} {words}");
        }
    }
}
