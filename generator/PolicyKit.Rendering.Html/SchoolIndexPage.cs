using PolicyKit.Model.Document;

namespace PolicyKit.Rendering.Html;

/// <summary>
/// A school's index page (out/&lt;school-id&gt;/index.html): its policies and a link back to the trust's list of
/// schools. A stand-alone school's page has neither a trust nor a link back (<paramref name="TrustName"/> and
/// <paramref name="TrustIndexHref"/> null), and serves as the site's own index too.
/// </summary>
public sealed record SchoolIndexPage(
    Organisation Organisation,
    Branding Branding,
    string? TrustName,
    IReadOnlyList<SchoolIndexEntry> Policies,
    string? TrustIndexHref)
{
    /// <summary>The school's statutory policies page, linked from the top of the index; null when there is none.</summary>
    public string? StatutoryPoliciesHref { get; init; }
}
