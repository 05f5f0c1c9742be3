using System.Net.Mail;

namespace PolicyKit.SignOff.Mail;

/// <summary>How the service sends email. Configuration section "Mail".</summary>
public sealed record MailOptions
{
    /// <summary>The configuration section these options are read from.</summary>
    public const string Section = "Mail";

    /// <summary>The SMTP server; null writes each message as a .eml file to <see cref="PickupDirectory"/> instead.</summary>
    public string? Host { get; init; }

    /// <summary>The SMTP server's port.</summary>
    public int Port { get; init; } = 25;

    /// <summary>How the connection is secured; Auto uses TLS when the server offers it.</summary>
    public MailSecurity Security { get; init; } = MailSecurity.Auto;

    /// <summary>The SMTP user name; null to send without signing in.</summary>
    public string? UserName { get; init; }

    /// <summary>The SMTP password, needed with <see cref="UserName"/>.</summary>
    public string? Password { get; init; }

    /// <summary>The address every email comes from, such as policies@trust.example.</summary>
    public required string From { get; init; }

    /// <summary>The name shown beside <see cref="From"/>; null shows the school's name.</summary>
    public string? FromName { get; init; }

    /// <summary>Where .eml files go when <see cref="Host"/> is null, relative to the current directory.</summary>
    public string PickupDirectory { get; init; } = ".run/mail-pickup";

    /// <summary>SMTP connections kept open and used at once.</summary>
    public int MaxConnections { get; init; } = 4;

    /// <summary>Tries per message, the first included, before a temporary failure counts as failed.</summary>
    public int Attempts { get; init; } = 4;

    /// <summary>The wait before the first retry; each later wait is about twice the one before.</summary>
    public TimeSpan FirstRetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait for the server during one SMTP command.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How often the service looks for mail to send or retry when nothing wakes it sooner (Mail:PollSeconds).</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Checks every setting.</summary>
    /// <returns>One message per bad setting, naming its configuration key; empty when all are fine. Never contains the password.</returns>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(From))
        {
            problems.Add($"{Section}:From is required: the address emails come from, such as policies@trust.example");
        }
        else if (!MailAddress.TryCreate(From, out var from) || from.Address != From.Trim() || !from.Host.Contains('.', StringComparison.Ordinal))
        {
            problems.Add($"{Section}:From must be a plain email address such as policies@trust.example (it is '{From}')");
        }

        if (Host is not null)
        {
            if (Host.Contains("://", StringComparison.Ordinal) || Host.Any(c => char.IsWhiteSpace(c) || c is '/' or ':') || Host.Length == 0)
            {
                problems.Add($"{Section}:Host must be a host name such as smtp.example.org, without a scheme or port (it is '{Host}')");
            }

            if (Port is < 1 or > 65535)
            {
                problems.Add($"{Section}:Port must be between 1 and 65535 (it is {Port})");
            }
        }
        else if (string.IsNullOrWhiteSpace(PickupDirectory))
        {
            problems.Add($"{Section}:PickupDirectory is required when {Section}:Host is not set");
        }

        if (!Enum.IsDefined(Security))
        {
            problems.Add($"{Section}:Security must be one of {string.Join(", ", Enum.GetNames<MailSecurity>())} (it is {(int)Security})");
        }

        if (string.IsNullOrEmpty(UserName) != string.IsNullOrEmpty(Password))
        {
            problems.Add(string.IsNullOrEmpty(UserName)
                ? $"{Section}:UserName is required when {Section}:Password is set"
                : $"{Section}:Password is required when {Section}:UserName is set");
        }

        if (MaxConnections is < 1 or > 32)
        {
            problems.Add($"{Section}:MaxConnections must be between 1 and 32 (it is {MaxConnections})");
        }

        if (Attempts is < 1 or > 10)
        {
            problems.Add($"{Section}:Attempts must be between 1 and 10 (it is {Attempts})");
        }

        if (FirstRetryDelay <= TimeSpan.Zero || FirstRetryDelay > TimeSpan.FromMinutes(5))
        {
            problems.Add($"{Section}:FirstRetryDelay must be more than 0 and at most 00:05:00 (it is {FirstRetryDelay})");
        }

        if (Timeout <= TimeSpan.Zero || Timeout > TimeSpan.FromMinutes(10))
        {
            problems.Add($"{Section}:Timeout must be more than 0 and at most 00:10:00 (it is {Timeout})");
        }

        if (PollInterval <= TimeSpan.Zero)
        {
            problems.Add($"{Section}:PollSeconds must be at least 1 (it is {PollInterval.TotalSeconds})");
        }

        return problems;
    }
}
