using MimeKit;
using PolicyKit.SignOff.Mail;

namespace PolicyKit.Tests.SignOff.Mail;

public sealed class MailComposerTests
{
    private static readonly MailComposer Composer = new(EmailTemplates.BuiltIn(), MailSamples.Options);

    [Fact]
    public void Invitation_subject_comes_from_the_first_line_of_the_text_template_and_leaves_the_body()
    {
        var message = Composer.ComposeInvitation(MailSamples.Invitation());

        Assert.Equal("Please read and sign: Acceptable Use Policy", message.Subject);
        Assert.StartsWith("Dear Jo Smith,", message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Invitation_goes_to_the_recipient_from_the_configured_sender_with_replies_to_the_school()
    {
        var message = Composer.ComposeInvitation(MailSamples.Invitation());

        var to = Assert.Single(message.To.Mailboxes);
        Assert.Equal(("Jo Smith", "jo.smith@oakfield.example"), (to.Name, to.Address));
        var from = Assert.Single(message.From.Mailboxes);
        Assert.Equal(("Oak Trust policies", "policies@oak-trust.example"), (from.Name, from.Address));
        Assert.Equal("office@oakfield.example", Assert.Single(message.ReplyTo.Mailboxes).Address);
        Assert.Equal("inv-r-1-s101@policykit.oak-trust.example", message.MessageId);
    }

    [Fact]
    public void Invitation_has_the_sign_link_in_both_parts_and_the_expiry_in_british_form()
    {
        var message = Composer.ComposeInvitation(MailSamples.Invitation());

        Assert.Contains("https://policies.oak-trust.example/sign/r-1/abc?t=x&u=y", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("href=\"https://policies.oak-trust.example/sign/r-1/abc?t=x&amp;u=y\"", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("Read and sign", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("23 December 2026", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("23 December 2026", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("background-color:#7A1F5C", message.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Invitation_is_text_and_html_alternatives_with_the_logo_inline_by_content_id()
    {
        var message = Composer.ComposeInvitation(MailSamples.Invitation());

        var alternative = Assert.IsType<MultipartAlternative>(message.Body);
        Assert.Equal("text/plain", alternative[0].ContentType.MimeType);
        var related = Assert.IsType<MultipartRelated>(alternative[1]);
        var logo = Assert.Single(related.OfType<MimePart>(), p => p.ContentType.MimeType == "image/png");
        Assert.Equal(SchoolLogo.ContentId, logo.ContentId);
        Assert.Contains($"src=\"cid:{SchoolLogo.ContentId}\" alt=\"Oakfield Primary crest\"", message.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Invitation_without_a_logo_has_no_image()
    {
        var mail = MailSamples.Invitation() with { School = MailSamples.School with { LogoBase64 = null } };

        var message = Composer.ComposeInvitation(mail);

        Assert.IsType<MultipartAlternative>(message.Body);
        Assert.DoesNotContain("<img", message.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_with_markup_is_encoded_in_html_and_kept_as_typed_in_text()
    {
        var message = Composer.ComposeReceipt(MailSamples.Receipt("<script>alert(1)</script>"));

        Assert.DoesNotContain("<script>", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("Name typed:       <script>alert(1)</script>", message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Receipt_lists_the_evidence_and_attaches_the_document()
    {
        var message = Composer.ComposeReceipt(MailSamples.Receipt());

        Assert.Equal("You have signed: Acceptable Use Policy", message.Subject);
        foreach (var expected in new[]
        {
            "Jo Smith", "jo.smith@oakfield.example", "Oakfield Primary School", "2026.2", "ab12" + new string('c', 60),
            "2026-07-01T13:05:09Z", "14:05 on 1 July 2026 (UK time, BST)", "203.0.113.7", "OAK-7Q2X", "I have read the policy.",
            "acceptable-use.html", "acceptable-use-2026.2.pdf", "de34" + new string('f', 60),
        })
        {
            Assert.Contains(expected, message.TextBody, StringComparison.Ordinal);
            Assert.Contains(expected, message.HtmlBody, StringComparison.Ordinal);
        }

        var attachment = Assert.Single(message.Attachments.OfType<MimePart>());
        Assert.Equal("acceptable-use-2026.2.pdf", attachment.FileName);
        using var content = new MemoryStream();
        attachment.Content!.DecodeTo(content);
        Assert.Equal("<html>policy</html>"u8.ToArray(), content.ToArray());
    }
}
