namespace PolicyKit.SignOff.Tracking;

/// <summary>Who on the rosters has signed the version of a policy in force, only an older one, or none.</summary>
public sealed record VersionCoverage(string Policy, IReadOnlyList<SignedVersionRow> People)
{
    public int Count(SignedStanding standing) => People.Count(p => p.Standing == standing);
}

/// <summary>Where one person stands with a policy, across every round.</summary>
public enum SignedStanding
{
    /// <summary>Signed an older version, but not the one in force: first on the page, as the people to follow up.</summary>
    OlderOnly,

    /// <summary>Has not signed any version.</summary>
    None,

    /// <summary>Signed the version in force.</summary>
    Current,
}

/// <summary>One person on a school's roster and the versions of a policy they signed.</summary>
/// <param name="CurrentVersion">The version in force at their school (its newest published one).</param>
/// <param name="LatestSigned">The newest version they signed; null when they signed none.</param>
/// <param name="AskedAgainRound">The round asking them to sign the version in force again after a material change, when one does and they have not signed it.</param>
/// <param name="AskedAgainStatus">Where they are in that round.</param>
public sealed record SignedVersionRow(
    string School,
    string SchoolName,
    string PersonId,
    string Name,
    string Group,
    string CurrentVersion,
    string? LatestSigned,
    string? AskedAgainRound,
    PersonStatus? AskedAgainStatus)
{
    public SignedStanding Standing => LatestSigned is null ? SignedStanding.None
        : LatestSigned == CurrentVersion ? SignedStanding.Current
        : SignedStanding.OlderOnly;
}
