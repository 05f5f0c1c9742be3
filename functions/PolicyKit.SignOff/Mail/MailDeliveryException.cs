namespace PolicyKit.SignOff.Mail;

/// <summary>
/// A message was not delivered. The message is written for the school's administrator and never contains a
/// password. Only transports throw it and <see cref="MailSender"/> turns it into a <see cref="MailOutcome"/>.
/// </summary>
internal sealed class MailDeliveryException : Exception
{
    public MailDeliveryException(string message, bool isPermanent, Exception? innerException = null)
        : base(message, innerException)
    {
        IsPermanent = isPermanent;
    }

    /// <summary>True when sending again cannot help (the address is refused); false when it may (the server is down).</summary>
    public bool IsPermanent { get; }
}
