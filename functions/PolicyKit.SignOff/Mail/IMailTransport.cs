using MimeKit;

namespace PolicyKit.SignOff.Mail;

/// <summary>Hands a message to whatever delivers it. Implementations are thread-safe.</summary>
internal interface IMailTransport : IAsyncDisposable
{
    /// <exception cref="MailDeliveryException">The message was not delivered; <see cref="MailDeliveryException.IsPermanent"/> says whether trying again can help.</exception>
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}
