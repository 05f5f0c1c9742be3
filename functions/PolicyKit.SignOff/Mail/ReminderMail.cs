namespace PolicyKit.SignOff.Mail;

/// <summary>A reminder to someone who has not signed yet: the invitation's content with a fresh link.</summary>
/// <param name="IsFinal">The last reminder before the sign-by date.</param>
internal sealed record ReminderMail(InvitationMail Invitation, bool IsFinal);
