using System.Net;
using System.Text;
using PolicyKit.SignOff.Publishing;
using PolicyKit.SignOff.Signing;

namespace PolicyKit.Functions.Signing;

/// <summary>
/// The policy page's own links, followed inside the sign page's frame: its Word copy, the school's list of policies
/// ("All policies") and the other policies that list opens. These are the school's published documents (what its
/// website shows), each checked against the hash its release recorded; only the agreement being signed is evidence,
/// and that one is served from the round's pinned copy.
/// </summary>
internal static class SchoolPolicyFiles
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.Ordinal)
    {
        ["html"] = "text/html; charset=utf-8",
        ["pdf"] = "application/pdf",
        ["docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    };

    /// <returns>The file to send (bytes, content type, and whether it is a page to show), or null when there is no such file.</returns>
    public static async Task<(byte[] Content, string ContentType, bool IsPage)?> FindAsync(SignContext context, string file, ReleaseCatalog catalog, CancellationToken cancellationToken)
    {
        var school = context.Release!.School;
        if (file == "index.html")
        {
            // The agreement's own entry opens the version being signed, so it is labelled with that version.
            var policies = (await catalog.PoliciesAsync(school, cancellationToken))
                .Select(p => p.Policy == context.Round!.Policy ? p with { Version = context.Release.Version } : p)
                .ToList();
            return (Encoding.UTF8.GetBytes(IndexPage(context.School?.Name ?? context.Release.SchoolName, policies)), ContentTypes["html"], true);
        }

        var dot = file.LastIndexOf('.');
        if (dot <= 0 || !ContentTypes.TryGetValue(file[(dot + 1)..], out var contentType))
        {
            return null;
        }

        var (policy, extension) = (file[..dot], file[(dot + 1)..]);
        if (!policy.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            return null; // policy ids are slugs; anything else is not a file the page links to
        }

        // The agreement's own Word copy is the version being signed; any other policy is its newest version.
        var release = policy == context.Round!.Policy
            ? await catalog.ReleaseAsync(school, policy, context.Release.Version, cancellationToken)
            : await catalog.LatestAsync(school, policy, cancellationToken);
        if (release?.File(extension) is not { } published || published.Name != file)
        {
            return null;
        }

        var content = await catalog.FileAsync(release, published, cancellationToken);
        return (content.ToArray(), contentType, extension == "html");
    }

    private static string IndexPage(string schoolName, IReadOnlyList<PublishedRelease> policies)
    {
        var name = WebUtility.HtmlEncode(schoolName);
        var page = new StringBuilder()
            .Append("<!doctype html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>").Append(name).Append(" policies</title></head>")
            .Append("<body style=\"font-family:system-ui,sans-serif;margin:1.5rem;line-height:1.5\"><main><h1 style=\"font-size:1.3rem\">")
            .Append(name).Append(" policies</h1><ul>");
        foreach (var policy in policies.Where(p => p.File("html") is not null))
        {
            page.Append("<li><a href=\"").Append(WebUtility.HtmlEncode(policy.File("html")!.Name)).Append("\">").Append(WebUtility.HtmlEncode(policy.Title))
                .Append("</a> (version ").Append(WebUtility.HtmlEncode(policy.Version)).Append(")</li>");
        }

        return page.Append("</ul></main></body></html>").ToString();
    }
}
