namespace PolicyKit.SignOff.Reviews;

/// <summary>
/// One review reminder to one person, created (create-only, pending) before it is sent, with what it says as the
/// schedule stood when it was queued. Its existence is what stops the step going twice.
/// </summary>
/// <param name="Recipient"><see cref="OwnerRecipient"/> or <see cref="ClerkRecipient"/>.</param>
/// <param name="OwnerName">Who owns the policy, named in the clerk's email; null when nobody holds the role.</param>
/// <param name="OverdueEveryDays">How often reminders follow once the review is overdue, for the email to say.</param>
internal sealed record ReviewReminderRecord(
    string School,
    string Policy,
    string Title,
    string Version,
    DateOnly ReviewDate,
    string Step,
    string Recipient,
    string Name,
    string Email,
    string? OwnerName,
    string? OwnerTitle,
    int OverdueEveryDays,
    DateTimeOffset QueuedUtc)
{
    public const string OwnerRecipient = "owner";
    public const string ClerkRecipient = "clerk";
}
