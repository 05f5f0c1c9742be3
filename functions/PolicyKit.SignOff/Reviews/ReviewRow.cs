namespace PolicyKit.SignOff.Reviews;

/// <summary>One school's copy of one policy as the dashboard lists it: its review date and the reminders about it.</summary>
/// <param name="DaysLeft">Days from today (UK) to the review date; negative once it is overdue.</param>
/// <param name="Owner">Who is reminded as the policy's owner, or null when nobody with an address holds the role.</param>
/// <param name="Clerk">Who is reminded as clerk to governors, or null when there is none with an address.</param>
/// <param name="RemindersSent">Emails about this review date accepted by the mail server (owner's and clerk's).</param>
/// <param name="NextReminder">The UK date the next reminder falls; it goes at the first scheduled run on or after it.</param>
public sealed record ReviewRow(
    string School,
    string SchoolName,
    string PolicyTitle,
    string Version,
    DateOnly NextReview,
    int DaysLeft,
    string? Owner,
    string? Clerk,
    int RemindersSent,
    DateTimeOffset? LastSentUtc,
    DateOnly NextReminder);
