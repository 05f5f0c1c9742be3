namespace PolicyKit.SignOff.Coverage;

/// <summary>One school's published statutory policies as the dashboard shows them on <paramref name="Today"/>.</summary>
/// <param name="Today">The UK date the statuses are worked out for.</param>
public sealed record SchoolCoverageStatus(CoverageSnapshot Snapshot, DateOnly Today)
{
    public int Missing => Count(CoverageStatus.Missing);

    public int NotRatified => Count(CoverageStatus.NotRatified);

    public int ReviewOverdue => Count(CoverageStatus.ReviewOverdue);

    public int MissingFromWebsite => Snapshot.Entries.Count(e => e.MissingFromWebsite);

    /// <summary>The entries that are not in place, or not on the website when they must be; required ones first.</summary>
    public IReadOnlyList<CoverageEntry> NeedingAction =>
        Snapshot.Entries.Where(e => e.StatusOn(Today) != CoverageStatus.InPlace || e.MissingFromWebsite).OrderByDescending(e => e.Required).ToList();

    private int Count(CoverageStatus status) => Snapshot.Entries.Count(e => e.StatusOn(Today) == status);
}
