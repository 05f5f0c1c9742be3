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
    IReadOnlyList<SourceCitation> Sources);

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
}

/// <summary>One school's coverage: its type in words and one line per requirement that applies to it.</summary>
public sealed record SchoolCoverage(string SchoolId, string SchoolName, string SchoolType, IReadOnlyList<CoverageLine> Lines);
