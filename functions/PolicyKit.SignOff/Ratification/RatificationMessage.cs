namespace PolicyKit.SignOff.Ratification;

/// <summary>
/// One email about a request (rounds/&lt;id&gt;/mail/&lt;name&gt;.json, create-only; its mail state in metadata, as an
/// invitation's): the chair's request, a governor's copy, the chair's reminder, the chair's receipt, or the clerk's notice of the outcome.
/// </summary>
internal sealed record RatificationMessage(string Kind, string RequestId, string RecipientName, string RecipientEmail, DateTimeOffset QueuedUtc)
{
    /// <summary>To the chair, with the link to approve or return it.</summary>
    public const string AskKind = "ask";

    /// <summary>To a governor, with a link to read it only.</summary>
    public const string CopyKind = "copy";

    /// <summary>To the chair, once, when they have not decided some days after it was sent: the ask again, with its own link.</summary>
    public const string ReminderKind = "reminder";

    /// <summary>To the chair after approving, with the evidence.</summary>
    public const string ReceiptKind = "receipt";

    /// <summary>To the clerk: approved, or returned with the chair's comments.</summary>
    public const string OutcomeKind = "outcome";

    public const string ChairName = "chair";
    public const string ReminderName = "chair-reminder";
    public const string ReceiptName = "receipt";
    public const string OutcomeName = "clerk-outcome";

    public static string CopyName(int index) => $"copy-{index}";
}
