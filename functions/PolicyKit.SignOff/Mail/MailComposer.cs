using MimeKit;
using PolicyKit.SignOff.Publishing;

namespace PolicyKit.SignOff.Mail;

/// <summary>
/// Builds invitation and receipt messages from the trust's templates: multipart/alternative text and HTML, the HTML
/// in multipart/related with the school's logo, and for a receipt the document attached. Thread-safe.
/// </summary>
internal sealed class MailComposer
{
    private readonly EmailTemplates _templates;
    private readonly MailOptions _options;
    private readonly TimeProvider _time;

    public MailComposer(EmailTemplates templates, MailOptions options, TimeProvider? time = null)
    {
        _templates = templates;
        _options = options;
        _time = time ?? TimeProvider.System;
    }

    /// <exception cref="MimeKit.ParseException">The recipient's address cannot be written into a message.</exception>
    public MimeMessage ComposeInvitation(InvitationMail mail)
    {
        if (mail.SignLink.Scheme != Uri.UriSchemeHttps && mail.SignLink.Scheme != Uri.UriSchemeHttp)
        {
            throw new ArgumentException($"The sign link must be an http(s) address (it is {mail.SignLink.Scheme}:).", nameof(mail));
        }

        var logo = SchoolLogo.From(mail.School);
        var rendered = _templates.RenderInvitation(mail, logo is not null);
        var message = NewMessage(mail.School, mail.MessageId, rendered.Subject, mail.RecipientName, mail.RecipientEmail);
        var body = Bodies(rendered, logo);
        message.Body = body.ToMessageBody();
        return message;
    }

    /// <exception cref="MimeKit.ParseException">The recipient's address cannot be written into a message.</exception>
    public MimeMessage ComposeReminder(ReminderMail mail)
    {
        var invitation = mail.Invitation;
        var logo = SchoolLogo.From(invitation.School);
        var rendered = _templates.RenderReminder(mail, logo is not null);
        var message = NewMessage(invitation.School, invitation.MessageId, rendered.Subject, invitation.RecipientName, invitation.RecipientEmail);
        message.Body = Bodies(rendered, logo).ToMessageBody();
        return message;
    }

    /// <exception cref="MimeKit.ParseException">The business manager's address cannot be written into a message.</exception>
    public MimeMessage ComposeNotice(NoticeMail mail)
    {
        var logo = SchoolLogo.From(mail.School);
        var rendered = _templates.RenderNotice(mail, logo is not null);
        var message = NewMessage(mail.School, mail.MessageId, rendered.Subject, mail.Recipient.Name, mail.RecipientEmail);
        message.Body = Bodies(rendered, logo).ToMessageBody();
        return message;
    }

    /// <exception cref="MimeKit.ParseException">The owner's or clerk's address cannot be written into a message.</exception>
    public MimeMessage ComposeReview(ReviewReminderMail mail)
    {
        var logo = SchoolLogo.From(mail.School);
        var rendered = _templates.RenderReview(mail, logo is not null);
        var message = NewMessage(mail.School, mail.MessageId, rendered.Subject, mail.Reminder.Name, mail.Reminder.Email);
        message.Body = Bodies(rendered, logo).ToMessageBody();
        return message;
    }

    /// <exception cref="MimeKit.ParseException">The chair's, governor's or clerk's address cannot be written into a message.</exception>
    public MimeMessage ComposeRatification(RatificationMail mail)
    {
        var logo = SchoolLogo.From(mail.School);
        var rendered = _templates.RenderRatification(mail, logo is not null);
        var message = NewMessage(mail.School, mail.MessageId, rendered.Subject, mail.RecipientName, mail.RecipientEmail);
        message.Body = Bodies(rendered, logo).ToMessageBody();
        return message;
    }

    /// <exception cref="MimeKit.ParseException">The recipient's address cannot be written into a message.</exception>
    public MimeMessage ComposeReceipt(ReceiptMail mail)
    {
        var logo = SchoolLogo.From(mail.School);
        var rendered = _templates.RenderReceipt(mail, logo is not null);
        var message = NewMessage(mail.School, mail.MessageId, rendered.Subject, mail.Evidence.TypedName, mail.Evidence.Email);
        var body = Bodies(rendered, logo);
        body.Attachments.Add(mail.DocumentFileName, mail.Document, ContentType.Parse(mail.DocumentContentType));
        message.Body = body.ToMessageBody();
        return message;
    }

    private MimeMessage NewMessage(SchoolProfile school, string messageId, string subject, string recipientName, string recipientEmail)
    {
        var message = new MimeMessage
        {
            MessageId = messageId.Trim().Trim('<', '>'),
            Date = _time.GetUtcNow(),
            Subject = subject,
        };
        message.From.Add(new MailboxAddress(_options.FromName ?? school.Name, _options.From));
        message.To.Add(new MailboxAddress(recipientName, recipientEmail));
        if (!string.IsNullOrWhiteSpace(school.ContactEmail) && MailboxAddress.TryParse(school.ContactEmail, out var office))
        {
            // Replies reach the school office that asked, not the trust's sending address.
            office.Name = school.Name;
            message.ReplyTo.Add(office);
        }

        // RFC 3834: marks the message as sent by a system, so out-of-office replies are not sent back to it.
        message.Headers.Add("Auto-Submitted", "auto-generated");
        message.Headers.Add("X-Auto-Response-Suppress", "All");
        return message;
    }

    private static BodyBuilder Bodies(RenderedEmail rendered, SchoolLogo? logo)
    {
        var body = new BodyBuilder { TextBody = rendered.Text, HtmlBody = rendered.Html };
        if (logo is not null)
        {
            var part = body.LinkedResources.Add("logo" + Extension(logo.ContentType), logo.Bytes, ContentType.Parse(logo.ContentType));
            part.ContentId = SchoolLogo.ContentId;
        }

        return body;
    }

    private static string Extension(string contentType) => contentType.ToLowerInvariant() switch
    {
        "image/jpeg" => ".jpg",
        "image/gif" => ".gif",
        _ => ".png",
    };
}
