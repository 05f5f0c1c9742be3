namespace PolicyKit.SignOff.Mail;

/// <summary>An email's subject and bodies as the templates wrote them.</summary>
internal sealed record RenderedEmail(string Subject, string Text, string Html);
