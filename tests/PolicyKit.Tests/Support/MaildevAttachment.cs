namespace PolicyKit.Tests.Support;

/// <summary>An attachment as maildev lists it; its content is at /api/email/{id}/attachment/{GeneratedFileName}.</summary>
internal sealed record MaildevAttachment(string FileName, string GeneratedFileName, string ContentType, long Size);
