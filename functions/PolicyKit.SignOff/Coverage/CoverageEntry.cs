namespace PolicyKit.SignOff.Coverage;

/// <summary>One statutory or recommended policy at one school, and the school's policy that meets it if any.</summary>
/// <param name="Requirement">The requirement's id ("child-protection").</param>
/// <param name="Name">The requirement's name ("Child protection policy").</param>
/// <param name="Required">True when the law requires it, false when guidance only recommends it.</param>
/// <param name="Policy">The id of the school's policy that meets it, or null when none does.</param>
/// <param name="Ratified">That policy has a ratified version at the school.</param>
/// <param name="NextReview">That policy's next review date at the school, or null.</param>
/// <param name="MustPublish">The school must publish it on its website.</param>
/// <param name="OnWebsite">The school's policy is on its policy site.</param>
public sealed record CoverageEntry(
    string Requirement,
    string Name,
    bool Required,
    string? Policy,
    string? PolicyTitle,
    bool Ratified,
    DateOnly? NextReview,
    bool MustPublish,
    bool OnWebsite)
{
    /// <summary>It must be on the website and is not.</summary>
    public bool MissingFromWebsite => MustPublish && !OnWebsite;

    /// <summary>Where it stands on <paramref name="today"/>: a review is overdue from the day after its date.</summary>
    public CoverageStatus StatusOn(DateOnly today) =>
        Policy is null ? CoverageStatus.Missing
        : !Ratified ? CoverageStatus.NotRatified
        : NextReview < today ? CoverageStatus.ReviewOverdue
        : CoverageStatus.InPlace;
}
