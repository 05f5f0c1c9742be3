namespace PolicyKit.SignOff.Coverage;

/// <summary>Where a school stands against one statutory or recommended policy on a given day.</summary>
public enum CoverageStatus
{
    /// <summary>A ratified policy meets it and its review date has not passed.</summary>
    InPlace,

    /// <summary>None of the school's policies meets it.</summary>
    Missing,

    /// <summary>A policy meets it but has no ratified version.</summary>
    NotRatified,

    /// <summary>A ratified policy meets it but its review date has passed.</summary>
    ReviewOverdue,
}
