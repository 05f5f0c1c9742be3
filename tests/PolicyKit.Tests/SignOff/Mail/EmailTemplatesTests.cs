using PolicyKit.SignOff;
using PolicyKit.SignOff.Mail;
using PolicyKit.Tests.Support;

namespace PolicyKit.Tests.SignOff.Mail;

public sealed class EmailTemplatesTests
{
    private static Dictionary<string, string> BuiltInTexts() =>
        EmailTemplates.Names.ToDictionary(n => n, n => File.ReadAllText(Path.Combine(RepositoryPaths.Root, "templates", "email", n)));

    private static SignOffException Load(string name, string text)
    {
        var texts = BuiltInTexts();
        texts[name] = text;
        return Assert.Throws<SignOffException>(() => new EmailTemplates(texts));
    }

    [Fact]
    public void The_repository_templates_load_and_match_the_embedded_ones()
    {
        var fromDisk = EmailTemplates.LoadDirectory(Path.Combine(RepositoryPaths.Root, "templates", "email"));
        var builtIn = EmailTemplates.BuiltIn();

        Assert.Equal(fromDisk.RenderInvitation(MailSamples.Invitation(), true), builtIn.RenderInvitation(MailSamples.Invitation(), true));
    }

    [Fact]
    public void An_unknown_member_names_the_file_line_and_column()
    {
        var error = Load(EmailTemplates.InvitationHtml, "<p>\nHello\n  {{ recipient.nmae }}</p>");

        Assert.Equal(
            "invitation.html.scriban(3,16): error: 'nmae' is not a variable of this email; see templates/email/README.md for the variables each template gets",
            error.Message);
    }

    [Fact]
    public void An_unknown_variable_names_the_file_and_line()
    {
        var error = Load(EmailTemplates.ReceiptText, "Subject: Thanks\n\n{{ schol.name }}");

        Assert.StartsWith("receipt.txt.scriban(3,4): error: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("schol", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_that_does_not_parse_names_the_file_line_and_column()
    {
        var error = Load(EmailTemplates.InvitationText, "Subject: Hello\n{{ if recipient.name }}\nno end");

        Assert.StartsWith("invitation.txt.scriban(2,", error.Message, StringComparison.Ordinal);
        Assert.Contains(": error: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_template_must_start_with_the_subject()
    {
        var error = Load(EmailTemplates.InvitationText, "Dear {{ recipient.name }}");

        Assert.StartsWith("invitation.txt.scriban(1,1): error: the first line must be the subject", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Templates_cannot_include_other_files()
    {
        var error = Load(EmailTemplates.ReceiptHtml, "{{ include 'secrets.txt' }}");

        Assert.StartsWith("receipt.html.scriban(1,4): error: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_template_is_named()
    {
        var texts = BuiltInTexts();
        texts.Remove(EmailTemplates.ReceiptText);

        var error = Assert.Throws<SignOffException>(() => new EmailTemplates(texts));

        Assert.Equal("The email template receipt.txt.scriban is missing; copy it from templates/email in PolicyKit.", error.Message);
    }

    [Fact]
    public void Html_templates_get_encoded_values_even_without_a_filter()
    {
        var texts = BuiltInTexts();
        texts[EmailTemplates.InvitationHtml] = "<p>{{ recipient.name }} {{ policy.title }}</p>";
        var templates = new EmailTemplates(texts);

        var rendered = templates.RenderInvitation(MailSamples.Invitation("Jo \"<b>\" & Co") with { PolicyTitle = "<i>AUP</i>" }, withLogo: false);

        Assert.Equal("<p>Jo &quot;&lt;b&gt;&quot; &amp; Co &lt;i&gt;AUP&lt;/i&gt;</p>", rendered.Html);
        Assert.Contains("Dear Jo \"<b>\" & Co,", rendered.Text, StringComparison.Ordinal);
    }
}
