using PolicyKit.Rendering.Html.Site;

namespace PolicyKit.Rendering.Html;

/// <summary>Renders the index pages that tie the policy pages into a site that works from any folder or web server.</summary>
public static class HtmlSiteRenderer
{
    /// <summary>A school's list of policies with links to each format.</summary>
    /// <exception cref="ArgumentException">An href in <paramref name="page"/> is not a relative address.</exception>
    public static string RenderSchoolIndex(SchoolIndexPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return SchoolIndexWriter.Write(page);
    }

    /// <summary>The trust's list of schools.</summary>
    /// <exception cref="ArgumentException">An href in <paramref name="page"/> is not a relative address.</exception>
    public static string RenderTrustIndex(TrustIndexPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return TrustIndexWriter.Write(page);
    }

    /// <summary>A school's statutory and recommended policies, and the school's policy that meets each.</summary>
    /// <exception cref="ArgumentException">An href in <paramref name="page"/> is not a relative address.</exception>
    public static string RenderStatutoryPolicies(StatutoryPoliciesPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return StatutoryPoliciesWriter.Write(page);
    }
}
