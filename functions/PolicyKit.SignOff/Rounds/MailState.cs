using System.Globalization;
using System.Text;

namespace PolicyKit.SignOff.Rounds;

/// <summary>
/// Where one message (an invitation or a receipt) stands, kept in its blob's metadata so one listing of a round shows
/// every message's state. Changed only with If-Match on the state that was listed.
/// </summary>
public sealed record MailState
{
    /// <summary>Not sent yet, or to be tried again.</summary>
    public const string Pending = "pending";

    /// <summary>Accepted by the mail server.</summary>
    public const string Sent = "sent";

    /// <summary>Refused for good (see <see cref="Error"/>).</summary>
    public const string Failed = "failed";

    /// <summary><see cref="Pending"/>, <see cref="Sent"/> or <see cref="Failed"/>.</summary>
    public string State { get; init; } = Pending;

    /// <summary>Tries so far.</summary>
    public int Attempts { get; init; }

    /// <summary>When a pending message is next tried; null for as soon as possible.</summary>
    public DateTimeOffset? NextAttemptUtc { get; init; }

    /// <summary>When the mail server accepted it.</summary>
    public DateTimeOffset? SentUtc { get; init; }

    /// <summary>Why the last attempt failed, in words for the school's business manager.</summary>
    public string? Error { get; init; }

    /// <summary>SHA-256 of the sign link in the invitation last sent (only the hash is ever stored).</summary>
    public string? TokenHash { get; init; }

    /// <summary>When the link last sent stops working.</summary>
    public DateTimeOffset? ExpiresUtc { get; init; }

    /// <summary>The address to write to when it was corrected after the round started (the invite keeps the roster's).</summary>
    public string? Email { get; init; }

    /// <summary>When <see cref="Email"/> was last changed (by the school, or by a roster import), for the dashboard's note.</summary>
    public DateTimeOffset? EmailChangedUtc { get; init; }

    /// <summary>Set by a resend: links issued before this no longer open.</summary>
    public DateTimeOffset? LinksValidFromUtc { get; init; }

    internal bool IsDeliverable(DateTimeOffset now) => State == Pending && (NextAttemptUtc is null || NextAttemptUtc <= now);

    internal static MailState From(IReadOnlyDictionary<string, string> metadata) => new()
    {
        State = metadata.GetValueOrDefault("state") ?? Pending,
        Attempts = int.TryParse(metadata.GetValueOrDefault("attempts"), CultureInfo.InvariantCulture, out var attempts) ? attempts : 0,
        NextAttemptUtc = Time(metadata, "next"),
        SentUtc = Time(metadata, "sent"),
        Error = metadata.TryGetValue("error", out var error) ? Encoding.UTF8.GetString(Convert.FromBase64String(error)) : null,
        TokenHash = metadata.GetValueOrDefault("token"),
        ExpiresUtc = Time(metadata, "expires"),
        Email = metadata.TryGetValue("email", out var email) ? Encoding.UTF8.GetString(Convert.FromBase64String(email)) : null,
        LinksValidFromUtc = Time(metadata, "validfrom"),
        EmailChangedUtc = Time(metadata, "emailat"),
    };

    internal Dictionary<string, string> ToMetadata()
    {
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["state"] = State,
            ["attempts"] = Attempts.ToString(CultureInfo.InvariantCulture),
        };
        Put(metadata, "next", NextAttemptUtc);
        Put(metadata, "sent", SentUtc);
        Put(metadata, "expires", ExpiresUtc);
        Put(metadata, "validfrom", LinksValidFromUtc);
        Put(metadata, "emailat", EmailChangedUtc);
        if (Email is not null)
        {
            metadata["email"] = Convert.ToBase64String(Encoding.UTF8.GetBytes(Email));
        }

        if (TokenHash is not null)
        {
            metadata["token"] = TokenHash;
        }

        // Metadata is ASCII only; an SMTP error can quote an address with any characters.
        if (Error is not null)
        {
            metadata["error"] = Convert.ToBase64String(Encoding.UTF8.GetBytes(Error.Length > 300 ? Error[..300] : Error));
        }

        return metadata;
    }

    private static DateTimeOffset? Time(IReadOnlyDictionary<string, string> metadata, string key) =>
        metadata.TryGetValue(key, out var text) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time) ? time : null;

    private static void Put(Dictionary<string, string> metadata, string key, DateTimeOffset? time)
    {
        if (time is { } value)
        {
            metadata[key] = value.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);
        }
    }
}
