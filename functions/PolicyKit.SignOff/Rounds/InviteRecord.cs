namespace PolicyKit.SignOff.Rounds;

/// <summary>One person asked to sign in one round: a copy of their roster entry at the time the round started.</summary>
public sealed record InviteRecord(string RoundId, string School, string PersonId, string Name, string Email, string Group, string? StaffId, DateTimeOffset InvitedUtc);
