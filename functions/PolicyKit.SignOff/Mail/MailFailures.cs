using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace PolicyKit.SignOff.Mail;

/// <summary>
/// Sorts what MailKit and the network throw into permanent failures (the server refuses this address or message:
/// sending again cannot help) and transient ones (the server is down, busy or slow: it may work later).
/// </summary>
internal static class MailFailures
{
    /// <param name="server">How messages name the server ("smtp.example.org:587"); never holds credentials.</param>
    /// <returns>The failure to report, or null for an exception that is a bug rather than a delivery failure.</returns>
    public static MailDeliveryException? Classify(Exception exception, string server, string? recipient) => exception switch
    {
        MailDeliveryException delivery => delivery,
        SmtpCommandException { ErrorCode: SmtpErrorCode.RecipientNotAccepted } smtp when IsPermanent(smtp) =>
            new($"The mail server {server} refused the address {smtp.Mailbox?.Address ?? recipient}: {Reply(smtp)}. Check the address on the roster.", isPermanent: true, smtp),
        SmtpCommandException { ErrorCode: SmtpErrorCode.SenderNotAccepted } smtp when IsPermanent(smtp) =>
            new($"The mail server {server} refused the sending address {smtp.Mailbox?.Address}: {Reply(smtp)}. Check Mail:From.", isPermanent: true, smtp),
        SmtpCommandException { ErrorCode: SmtpErrorCode.MessageNotAccepted } smtp when IsPermanent(smtp) =>
            new($"The mail server {server} refused the message to {recipient}: {Reply(smtp)}.", isPermanent: true, smtp),
        SmtpCommandException smtp =>
            new($"The mail server {server} could not take the message to {recipient} now: {Reply(smtp)}.", isPermanent: false, smtp),
        ParseException parse =>
            new($"{recipient} cannot be used as an email address: {parse.Message}", isPermanent: true, parse),
        AuthenticationException auth =>
            new($"The mail server {server} did not accept the user name and password in Mail:UserName and Mail:Password.", isPermanent: false, auth),
        SslHandshakeException tls =>
            new($"A secure connection to the mail server {server} could not be made; check Mail:Security and Mail:Port.", isPermanent: false, tls),
        SocketException socket =>
            new($"The mail server {server} could not be reached ({socket.SocketErrorCode}).", isPermanent: false, socket),
        TimeoutException or OperationCanceledException =>
            new($"The mail server {server} did not answer in time.", isPermanent: false, exception),
        ServiceNotConnectedException or SmtpProtocolException or ProtocolException or IOException =>
            new($"The connection to the mail server {server} was lost: {exception.Message}", isPermanent: false, exception),
        _ => null,
    };

    // RFC 5321 4.2.1: 5yz replies are permanent; 4yz replies (mailbox busy, greylisting) are worth retrying.
    private static bool IsPermanent(SmtpCommandException smtp) => (int)smtp.StatusCode is >= 500 and < 600;

    private static string Reply(SmtpCommandException smtp) => $"{(int)smtp.StatusCode} {smtp.Message.Trim()}";
}
