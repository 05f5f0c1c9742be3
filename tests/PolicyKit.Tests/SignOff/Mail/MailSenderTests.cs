using System.Net.Sockets;
using MailKit.Net.Smtp;
using MimeKit;
using PolicyKit.SignOff.Mail;

namespace PolicyKit.Tests.SignOff.Mail;

public sealed class MailSenderTests
{
    private static readonly MailOptions Options = MailSamples.Options with { Attempts = 3, FirstRetryDelay = TimeSpan.FromMilliseconds(1) };

    private static MimeMessage Message() => new MailComposer(EmailTemplates.BuiltIn(), Options).ComposeInvitation(MailSamples.Invitation());

    [Fact]
    public async Task A_permanent_failure_is_not_retried()
    {
        var transport = new ScriptedTransport(new MailDeliveryException("The mail server refused the address.", isPermanent: true));

        var outcome = await new MailSender(transport, Options).SendAsync(Message(), CancellationToken.None);

        Assert.Equal(MailOutcome.Failed(true, "The mail server refused the address.", 1), outcome);
        Assert.Equal(1, transport.Calls);
    }

    [Fact]
    public async Task A_transient_failure_is_retried_until_delivered()
    {
        var transport = new ScriptedTransport(new MailDeliveryException("The mail server could not be reached.", isPermanent: false), null);

        var outcome = await new MailSender(transport, Options).SendAsync(Message(), CancellationToken.None);

        Assert.Equal(MailOutcome.Delivered(2), outcome);
        Assert.Equal(2, transport.Calls);
    }

    [Fact]
    public async Task A_transient_failure_that_lasts_fails_after_every_attempt()
    {
        var down = new MailDeliveryException("The mail server could not be reached.", isPermanent: false);
        var transport = new ScriptedTransport(down, down, down, null);

        var outcome = await new MailSender(transport, Options).SendAsync(Message(), CancellationToken.None);

        Assert.Equal(MailOutcome.Failed(false, "The mail server could not be reached. (tried 3 times)", 3), outcome);
        Assert.Equal(3, transport.Calls);
    }

    [Fact]
    public void A_refused_recipient_is_permanent_and_a_busy_mailbox_or_lost_connection_is_not()
    {
        var refused = new SmtpCommandException(SmtpErrorCode.RecipientNotAccepted, SmtpStatusCode.MailboxUnavailable, new MailboxAddress("", "jo@x.example"), "No such user");
        var busy = new SmtpCommandException(SmtpErrorCode.RecipientNotAccepted, SmtpStatusCode.MailboxBusy, new MailboxAddress("", "jo@x.example"), "Try later");

        var permanent = MailFailures.Classify(refused, "smtp.x.example:587", "jo@x.example");
        Assert.True(permanent!.IsPermanent);
        Assert.Equal("The mail server smtp.x.example:587 refused the address jo@x.example: 550 No such user. Check the address on the roster.", permanent.Message);
        Assert.False(MailFailures.Classify(busy, "s", "jo@x.example")!.IsPermanent);
        Assert.False(MailFailures.Classify(new SocketException((int)SocketError.ConnectionRefused), "s", null)!.IsPermanent);
        Assert.False(MailFailures.Classify(new IOException("reset"), "s", null)!.IsPermanent);
        Assert.True(MailFailures.Classify(new ParseException("bad", 0, 0), "s", "x")!.IsPermanent);
        Assert.Null(MailFailures.Classify(new InvalidOperationException(), "s", null));
    }

    /// <summary>Fails with each given exception in turn; null means the send succeeds.</summary>
    private sealed class ScriptedTransport(params Exception?[] script) : IMailTransport
    {
        public int Calls { get; private set; }

        public Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
        {
            var failure = script[Math.Min(Calls, script.Length - 1)];
            Calls++;
            return failure is null ? Task.CompletedTask : Task.FromException(failure);
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
