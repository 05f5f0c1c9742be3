using PolicyKit.SignOff.Evidence;
using PolicyKit.SignOff.Publishing;
using PolicyKit.SignOff.Rounds;

namespace PolicyKit.SignOff.Signing;

/// <summary>Everything one sign link opens: one person's invite in one round, at one school. Nothing about anyone else.</summary>
/// <param name="Email">Where the person's mail goes now: the roster's address, or the one the school corrected it to.</param>
public sealed record SignContext(
    SignLinkState State,
    RoundDefinition? Round = null,
    RoundRelease? Release = null,
    InviteRecord? Invite = null,
    SchoolProfile? School = null,
    DateTimeOffset? ExpiresUtc = null,
    DecisionRecord? Decision = null,
    string? Email = null);
