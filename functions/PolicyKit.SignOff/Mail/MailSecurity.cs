namespace PolicyKit.SignOff.Mail;

/// <summary>How the connection to the mail server is secured (configuration "Mail:Security").</summary>
public enum MailSecurity
{
    /// <summary>Plain text: only for a local test server such as maildev.</summary>
    None,

    /// <summary>Connect in plain text, then require STARTTLS (port 587).</summary>
    StartTls,

    /// <summary>TLS from the first byte (port 465).</summary>
    SslOnConnect,

    /// <summary>TLS on port 465, else STARTTLS when the server offers it.</summary>
    Auto,
}
