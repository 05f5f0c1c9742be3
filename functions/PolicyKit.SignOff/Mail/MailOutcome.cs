namespace PolicyKit.SignOff.Mail;

/// <summary>What happened to one message after every attempt it was allowed.</summary>
/// <param name="IsPermanent">For a failure, true when sending again cannot help (the address is refused).</param>
/// <param name="Message">For a failure, what went wrong, written for the school's administrator.</param>
internal sealed record MailOutcome(bool IsDelivered, bool IsPermanent, string? Message, int Attempts)
{
    public static MailOutcome Delivered(int attempts) => new(true, false, null, attempts);

    public static MailOutcome Failed(bool permanent, string message, int attempts) => new(false, permanent, message, attempts);
}
