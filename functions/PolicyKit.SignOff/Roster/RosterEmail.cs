using System.Net.Mail;

namespace PolicyKit.SignOff.Roster;

/// <summary>Whether a roster cell is one plain email address that a mail server will accept.</summary>
internal static class RosterEmail
{
    // RFC 5321 limits a forward path to 256 octets including the angle brackets.
    private const int MaxLength = 254;

    public static bool IsValid(string text)
    {
        if (text.Length > MaxLength || text.Any(char.IsWhiteSpace) || text.Count(c => c == '@') != 1)
        {
            return false;
        }

        // MailAddress also accepts "Jo <jo@x.org>" and "jo@localhost": only a bare address with a dotted domain will do.
        if (!MailAddress.TryCreate(text, out var address) || address.Address != text || address.DisplayName.Length > 0)
        {
            return false;
        }

        var domain = address.Host;
        return domain.Contains('.', StringComparison.Ordinal) && !domain.StartsWith('.') && !domain.EndsWith('.') && !domain.Contains("..", StringComparison.Ordinal);
    }
}
