namespace PolicyKit.Tests.Support;

/// <summary>One message as maildev's REST API shows it (GET /api/email).</summary>
internal sealed record MaildevEmail(
    string Id,
    string Subject,
    IReadOnlyList<string> To,
    IReadOnlyList<string> From,
    string? Html,
    string? Text,
    IReadOnlyList<MaildevAttachment> Attachments,
    string? MessageId,
    IReadOnlyDictionary<string, string> Headers);
