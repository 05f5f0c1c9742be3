namespace PolicyKit.SignOff.Coverage;

/// <summary>
/// One school's statutory policies as last published: written by <c>policykit publish</c> from the generator's coverage
/// report, so the service never reads sources itself. Whether a review is overdue is worked out when it is shown, from
/// each entry's next review date, so a snapshot published weeks ago still shows a review that has fallen due since.
/// </summary>
/// <param name="School">The school's id.</param>
/// <param name="SchoolType">The school's type in words ("Academy, secondary, with a sixth form").</param>
/// <param name="Entries">One entry per statutory or recommended policy that applies to the school.</param>
public sealed record CoverageSnapshot(string School, string SchoolName, string SchoolType, IReadOnlyList<CoverageEntry> Entries);
