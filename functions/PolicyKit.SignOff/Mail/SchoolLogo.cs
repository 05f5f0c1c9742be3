using PolicyKit.SignOff.Publishing;

namespace PolicyKit.SignOff.Mail;

/// <summary>A school's logo as emails embed it: an inline part that the HTML names by Content-ID.</summary>
internal sealed record SchoolLogo(byte[] Bytes, string ContentType)
{
    // Fixed rather than random so the same inputs compose the same message.
    public const string ContentId = "school-logo@policykit";

    private static readonly HashSet<string> ImageTypes = new(StringComparer.OrdinalIgnoreCase) { "image/png", "image/jpeg", "image/gif" };

    /// <returns>The logo, or null when the school has none or it cannot be shown in email (SVG is not shown by most mail clients).</returns>
    public static SchoolLogo? From(SchoolProfile school)
    {
        if (string.IsNullOrEmpty(school.LogoBase64) || school.LogoContentType is not { } type || !ImageTypes.Contains(type))
        {
            return null;
        }

        var bytes = new byte[school.LogoBase64.Length * 3 / 4 + 3];
        return Convert.TryFromBase64String(school.LogoBase64, bytes, out var length) ? new SchoolLogo(bytes[..length], type) : null;
    }
}
