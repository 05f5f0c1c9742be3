using PolicyKit.Sources.Versions;

namespace PolicyKit.Generator.Status;

/// <summary>One school's copy of one policy on the review calendar.</summary>
/// <param name="SchoolId">The school's id (its folder name).</param>
/// <param name="SchoolName">The school's name.</param>
/// <param name="PolicyId">The policy's id (its file name).</param>
/// <param name="PolicyTitle">The policy's title.</param>
/// <param name="Version">The version in force, or "draft".</param>
/// <param name="DateRatified">When the version in force was ratified (the school's own date when it has one).</param>
/// <param name="NextReview">When the policy must next be reviewed (the school's own date when it has one).</param>
/// <param name="State">Whether the review is overdue, due soon or not yet due.</param>
/// <param name="DaysUntilReview">Days from today to the review; negative when it has passed.</param>
public sealed record ReviewCalendarEntry(
    string SchoolId,
    string SchoolName,
    string PolicyId,
    string PolicyTitle,
    string Version,
    DateOnly? DateRatified,
    DateOnly? NextReview,
    ReviewState State,
    int DaysUntilReview)
{
    /// <summary>Who ratified the version in force, as people read it ("Local governing body"); null when no version is ratified.</summary>
    public string? RatifiedBy { get; init; }

    /// <summary>A version put to governors (or the trust board) after the one in force and awaiting their decision; null when there is none.</summary>
    public string? ProposedVersion { get; init; }

    /// <summary>True when <see cref="NextReview"/> is written in the sources; false when it follows from the ratification date and the review cycle.</summary>
    public bool NextReviewIsExplicit { get; init; } = true;

    /// <summary>True when the review is due by the end of a month written without a day ("June 2027"); <see cref="NextReview"/> is that month's last day.</summary>
    public bool NextReviewMonthOnly { get; init; }

    /// <summary>Every version of the policy at this school, with its status and ratification; null only for an entry made by hand.</summary>
    public PolicyVersions? Versions { get; init; }
}
