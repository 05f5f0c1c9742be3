using PolicyKit.SignOff.Publishing;

namespace PolicyKit.SignOff.Mail;

/// <summary>One person's invitation to read and sign a policy.</summary>
/// <param name="MessageId">Stable for this person and round (without angle brackets), so a retried message keeps its id.</param>
/// <param name="SignBy">The round's "please sign by" date, when it has one.</param>
/// <param name="SignAgain">Why the person is asked again, for a round after a material change; null for any other round.</param>
internal sealed record InvitationMail(
    SchoolProfile School,
    string RecipientName,
    string RecipientEmail,
    string PolicyTitle,
    string Version,
    Uri SignLink,
    DateTimeOffset ExpiresUtc,
    string MessageId,
    DateOnly? SignBy = null,
    Rounds.Reacceptance? SignAgain = null);
