namespace PolicyKit.SignOff.Tracking;

/// <summary>One person's line on a round's dashboard and in its exports.</summary>
public sealed record PersonRow(
    string School,
    string SchoolName,
    string PersonId,
    string Name,
    string Email,
    string Group,
    string? StaffId,
    PersonStatus Status,
    DateTimeOffset InvitedUtc,
    DateTimeOffset? EmailedUtc,
    DateTimeOffset? DecidedUtc,
    string? TypedName,
    string? DeclineReason,
    string? EmailProblem);
