namespace PolicyKit.SignOff.Mail;

/// <summary>Chooses the transport the options describe.</summary>
internal static class MailTransports
{
    /// <returns>SMTP when <see cref="MailOptions.Host"/> is set, else the pickup folder.</returns>
    public static IMailTransport Create(MailOptions options) => string.IsNullOrWhiteSpace(options.Host)
        ? new PickupFolderTransport(options.PickupDirectory)
        : new SmtpMailTransport(options);
}
