namespace PolicyKit.SignOff.Tracking;

/// <summary>One person's line on a round's dashboard and in its exports.</summary>
/// <param name="Email">Where their mail goes now: the roster's address, or the one it was corrected to on <paramref name="EmailChangedUtc"/>.</param>
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
    string? EmailProblem,
    PersonExemption? Exemption = null,
    int RemindersSent = 0,
    DateTimeOffset? LastReminderUtc = null,
    PersonEvidence? Evidence = null,
    DateTimeOffset? EmailChangedUtc = null);

/// <summary>Why a person no longer counts as outstanding in a round.</summary>
public sealed record PersonExemption(string Kind, string Reason, DateTimeOffset AtUtc);

/// <summary>The evidence behind a decision, for exports an auditor can check.</summary>
public sealed record PersonEvidence(string DocumentFile, string DocumentSha256, string IpAddress, string UserAgent, long? ChainSequence, string? ChainEntryHash);
