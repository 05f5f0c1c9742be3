using PolicyKit.SignOff.Chasing;
using PolicyKit.SignOff.Mail;
using PolicyKit.SignOff.Publishing;
using PolicyKit.Tests.Support;

namespace PolicyKit.Tests.SignOff.Mail;

public sealed class ChaseEmailTests
{
    private static readonly MailComposer Composer = new(EmailTemplates.BuiltIn(), MailSamples.Options);

    [Fact]
    public void A_reminder_names_the_policy_the_school_and_the_deadline_with_the_new_link()
    {
        var invitation = MailSamples.Invitation("Jo <b>Smith</b>") with { SignBy = new DateOnly(2026, 12, 18) };

        var message = Composer.ComposeReminder(new ReminderMail(invitation, IsFinal: false));
        var last = Composer.ComposeReminder(new ReminderMail(invitation, IsFinal: true));

        Assert.Equal("Reminder: please read and sign Acceptable Use Policy by Friday 18 December 2026", message.Subject);
        Assert.StartsWith("Last reminder:", last.Subject, StringComparison.Ordinal);
        Assert.Contains("Oakfield Primary School is still waiting", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("Please sign by Friday 18 December 2026.", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("https://policies.oak-trust.example/sign/r-1/abc?t=x&u=y", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("Jo &lt;b&gt;Smith&lt;/b&gt;", message.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>Smith", message.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public void The_invitation_says_please_sign_by_the_rounds_date()
    {
        var message = Composer.ComposeInvitation(MailSamples.Invitation() with { SignBy = new DateOnly(2026, 12, 18) });

        Assert.Contains("Please sign by Friday 18 December 2026.", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("Please sign by <strong>Friday 18 December 2026</strong>", message.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public void The_after_deadline_notice_lists_who_is_outstanding_with_their_reminders_for_the_business_manager()
    {
        var notice = new NoticeRecord
        {
            Kind = NoticeRecord.AfterDeadlineKind,
            RoundId = "r-1",
            School = "oakfield-primary",
            People = [new NoticePerson("Sam & Co", "sam@oakfield.example", "staff", 3), new NoticePerson("Ali Khan", "ali@oakfield.example", "governor", 1)],
            QueuedUtc = DateTimeOffset.UnixEpoch,
        };
        var manager = new SchoolContact("Bea Bursar", "School Business Manager", "bursar@oakfield.example");

        var message = Composer.ComposeNotice(new NoticeMail(
            MailSamples.School, manager, manager.Email!, notice, "Acceptable Use Policy", "2026.2", new DateOnly(2026, 12, 18),
            new Uri("https://policies.oak-trust.example/admin/rounds/r-1"), "notice@policykit"));

        Assert.Equal("bursar@oakfield.example", Assert.Single(message.To.Mailboxes).Address);
        Assert.Equal("Not yet signed after the deadline: Acceptable Use Policy at Oakfield Primary School", message.Subject);
        Assert.Contains("2 people have still not signed", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("- Sam & Co (Staff), sam@oakfield.example, reminders sent: 3", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("Sam &amp; Co", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("https://policies.oak-trust.example/admin/rounds/r-1", message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void A_trust_folder_from_before_reminders_gets_the_built_in_reminder_and_notice_templates()
    {
        var folder = Path.Combine(Path.GetTempPath(), "policykit-templates-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            foreach (var name in EmailTemplates.Names.Where(n => !EmailTemplates.Optional.Contains(n)))
            {
                File.Copy(Path.Combine(RepositoryPaths.Root, "templates", "email", name), Path.Combine(folder, name));
            }

            var composer = new MailComposer(EmailTemplates.LoadDirectory(folder), MailSamples.Options);

            Assert.StartsWith("Reminder:", composer.ComposeReminder(new ReminderMail(MailSamples.Invitation(), false)).Subject, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
