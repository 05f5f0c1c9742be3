namespace PolicyKit.SignOff.Rounds;

/// <summary>What publishing a new version of a signed policy did about asking people to sign again, at one school.</summary>
/// <param name="Kind">Whether anyone is asked again, and why not when nobody is.</param>
/// <param name="Follows">The version before, whose signers are the ones asked.</param>
/// <param name="RoundId">The re-acceptance round, when there is one.</param>
/// <param name="Invited">People asked by this publish.</param>
/// <param name="AlreadyInvited">People an earlier publish already asked in the same round.</param>
public sealed record ReacceptanceOutcome(
    string School,
    string SchoolName,
    string Policy,
    string Version,
    ReacceptanceKind Kind,
    string? Follows,
    string? RoundId,
    int Invited,
    int AlreadyInvited,
    IReadOnlyList<NotAskedAgain> NotAsked)
{
    /// <summary>Why they are asked again, in the words the invitation uses; null for a minor change.</summary>
    public string? ClauseWording { get; init; }
}

public enum ReacceptanceKind
{
    /// <summary>A minor change (typos, formatting): nobody is asked to sign again.</summary>
    Minor,

    /// <summary>A material change, but nobody at the school on the roster signed the version before it.</summary>
    NoPreviousSigners,

    /// <summary>A material change: the people who signed the version before are asked in a re-acceptance round.</summary>
    Started,
}
