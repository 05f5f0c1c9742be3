namespace PolicyKit.Rendering.Html.Writing;

/// <summary>
/// The only addresses a page links to: http(s), mailto: and tel: URLs and "#id" anchors on the same page.
/// Anything else (javascript:, data:, file paths, relative paths from a source file) is shown as text instead.
/// </summary>
internal static class SafeHref
{
    private static readonly string[] Schemes = [Uri.UriSchemeHttp, Uri.UriSchemeHttps, Uri.UriSchemeMailto, "tel"];

    /// <summary>The normalised URL, or null when <paramref name="target"/> is not an allowed absolute URL.</summary>
    public static string? External(string target)
    {
        if (!Uri.TryCreate(target.Trim(), UriKind.Absolute, out var uri) || !Schemes.Contains(uri.Scheme, StringComparer.Ordinal))
        {
            return null;
        }

        // Absolute http(s) URLs need a host; "https:foo" parses but goes nowhere.
        return uri.Scheme is "http" or "https" && string.IsNullOrEmpty(uri.Host) ? null : uri.AbsoluteUri;
    }

    /// <summary>A school website as written in school.yaml ("www.millbrook.example"), made absolute with https.</summary>
    public static string? Website(string website)
    {
        var trimmed = website.Trim();
        return External(trimmed.Contains("://", StringComparison.Ordinal) ? trimmed : "https://" + trimmed);
    }

    public static string? Email(string email)
    {
        var trimmed = email.Trim();
        return trimmed.Contains('@', StringComparison.Ordinal) && !trimmed.Any(c => char.IsWhiteSpace(c) || c is '?' or '&' or '<' or '>' or '"')
            ? External("mailto:" + trimmed)
            : null;
    }

    /// <summary>A tel: URL from a phone number as people write it ("01632 960123"): digits and a leading plus only.</summary>
    public static string? Telephone(string phone)
    {
        var trimmed = phone.Trim();
        var digits = new string(trimmed.Where(char.IsAsciiDigit).ToArray());
        return digits.Length == 0 ? null : "tel:" + (trimmed.StartsWith('+') ? "+" : string.Empty) + digits;
    }

    /// <summary>
    /// A relative link the build hands in (to the PDF, the index page). These come from code, not from a source
    /// file, so anything else is a bug and throws.
    /// </summary>
    public static string Relative(string href)
    {
        var colon = href.IndexOf(':', StringComparison.Ordinal);
        var slash = href.IndexOf('/', StringComparison.Ordinal);
        if (href.Length == 0 || href.StartsWith("//", StringComparison.Ordinal) || (colon >= 0 && (slash < 0 || colon < slash)))
        {
            throw new ArgumentException($"'{href}' is not a relative link.", nameof(href));
        }

        return href;
    }
}
