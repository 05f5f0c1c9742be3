using PolicyKit.Sources.Loading;

namespace PolicyKit.Sources.Versions;

/// <summary>
/// A policy's versions at one school: which is in force, which are superseded, which is awaiting ratification, and
/// when the policy is next reviewed there. The one place these rules live: documents, <c>status</c> and the
/// calendar all read them from here.
/// </summary>
/// <param name="Versions">Every version, oldest first, as the policy's history lists them.</param>
/// <param name="Current">The latest ratified version (the one documents show), or null when none is ratified yet.</param>
/// <param name="Proposed">The latest proposed version listed after the current one, awaiting ratification; or null.</param>
/// <param name="NextReview">The school's own next-review, else the policy's, else the current version's ratification date plus the review cycle; null when none of these is known.</param>
/// <param name="NextReviewIsExplicit">True when <paramref name="NextReview"/> is written in a source; false when it follows from the ratification date and the cycle.</param>
public sealed record PolicyVersions(
    IReadOnlyList<PolicyVersion> Versions,
    PolicyVersion? Current,
    PolicyVersion? Proposed,
    DateOnly? NextReview,
    bool NextReviewIsExplicit)
{
    /// <summary>True when <see cref="NextReview"/> is written as a month ("June 2027"): due by that month's last day, which it holds.</summary>
    public bool NextReviewMonthOnly { get; init; }

    /// <summary>
    /// The ratification in force when the policy keeps no version-history: the school's own (its override's
    /// <c>ratified:</c>), else the policy's (<c>ratified:</c> in its front matter); null when there is a history or neither.
    /// </summary>
    public Ratification? Unversioned { get; init; }

    /// <summary>The ratification of what is in force: the current version's, or the unversioned one.</summary>
    public Ratification? InForce => Current?.Ratification ?? Unversioned;

    /// <summary>The version in force as documents and status name it: its number, "draft" when nothing is ratified, or empty when it was ratified without a number.</summary>
    public string VersionInForce => Current?.Version ?? (Unversioned is null ? "draft" : string.Empty);

    /// <summary>Works out the versions of <paramref name="policy"/> at <paramref name="school"/>.</summary>
    /// <param name="sources">The trust's sources (for the school's override and the names of ratifying bodies).</param>
    /// <param name="school">The school.</param>
    /// <param name="policy">The policy.</param>
    public static PolicyVersions For(SourceSet sources, SchoolSource school, PolicySource policy)
    {
        var schoolOverride = sources.FindOverride(school.Id, policy.Id);
        var ratifiedHere = schoolOverride?.Ratified is not null ? schoolOverride.RatifiedVersion ?? policy.Current?.Version : null;
        var ratifications = policy.History
            .Select(entry => entry.Version == ratifiedHere ? SchoolRatification(sources, school, policy, schoolOverride!) : TrustRatification(sources, school, policy, entry))
            .ToList();

        var currentIndex = ratifications.FindLastIndex(r => r is not null);
        var versions = policy.History.Select((entry, i) => new PolicyVersion(entry, StatusOf(entry, ratifications[i], i, currentIndex), ratifications[i])).ToList();
        var current = currentIndex >= 0 ? versions[currentIndex] : null;
        var proposed = versions.Skip(currentIndex + 1).LastOrDefault(v => v.Status == VersionStatus.Proposed);

        var unversioned = policy.History.Count > 0 ? null
            : schoolOverride?.Ratified is not null ? SchoolRatification(sources, school, policy, schoolOverride)
            : policy.Ratified is { } own ? new Ratification(own.Date, own.RatifiedBy, RatifyingBodies.NameOf(own.RatifiedBy ?? policy.ApprovedBy, sources, school), own.MinuteRef, own.Chair, BySchool: false)
            : null;
        var explicitReview = schoolOverride?.NextReview ?? policy.NextReview;
        var followed = (current?.Ratification ?? unversioned) is { } ratification && policy.ReviewCycleMonths is { } months
            ? ratification.Date.AddMonths(months)
            : (DateOnly?)null;
        var monthOnly = schoolOverride?.NextReview is not null ? schoolOverride.NextReviewMonthOnly : policy.NextReview is not null && policy.NextReviewMonthOnly;
        return new PolicyVersions(versions, current, proposed, explicitReview ?? followed, explicitReview is not null) { NextReviewMonthOnly = monthOnly, Unversioned = unversioned };
    }

    /// <summary>
    /// The version a document shows: the one in force, or, when <paramref name="showProposed"/> asks for it and the
    /// policy's newest entry is awaiting ratification here, that proposed version.
    /// </summary>
    public PolicyVersion? Shown(bool showProposed) =>
        showProposed && Proposed is { } proposed && ReferenceEquals(proposed, Versions[^1]) ? proposed : Current;

    private static VersionStatus StatusOf(VersionEntry entry, Ratification? ratification, int index, int currentIndex) => (ratification, entry.Status) switch
    {
        (not null, _) => index == currentIndex ? VersionStatus.Ratified : VersionStatus.Superseded,
        (null, { } declared) => declared,
        // An older entry that says nothing was in force once; only its date went unrecorded.
        (null, null) => index < currentIndex ? VersionStatus.Superseded : VersionStatus.Draft,
    };

    private static Ratification? TrustRatification(SourceSet sources, SchoolSource school, PolicySource policy, VersionEntry entry)
    {
        if (entry.Ratified is not { } date)
        {
            return null;
        }

        var body = entry.RatifiedBy ?? policy.ApprovedBy;
        return new Ratification(date, entry.RatifiedBy, RatifyingBodies.NameOf(body, sources, school), entry.MinuteRef, entry.Chair, BySchool: false);
    }

    private static Ratification SchoolRatification(SourceSet sources, SchoolSource school, PolicySource policy, OverrideSource schoolOverride)
    {
        var body = schoolOverride.RatifiedBy ?? policy.ApprovedBy;
        return new Ratification(schoolOverride.Ratified!.Value, schoolOverride.RatifiedBy, RatifyingBodies.NameOf(body, sources, school), schoolOverride.MinuteRef, schoolOverride.Chair, BySchool: true);
    }
}
