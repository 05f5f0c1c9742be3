using PolicyKit.Model.Document;

namespace PolicyKit.Rendering.Html;

/// <summary>
/// A school's statutory policies page (out/&lt;school-id&gt;/statutory-policies.html): each policy the Department for
/// Education requires or recommends for its type of school, and the school's policy that meets it. Hrefs are relative
/// to the page; <paramref name="TrustName"/> and <paramref name="TrustIndexHref"/> are null for a stand-alone school.
/// </summary>
/// <param name="SchoolType">The school's type in words ("Academy, secondary, with a sixth form").</param>
/// <param name="SchoolIndexHref">The school's list of policies.</param>
public sealed record StatutoryPoliciesPage(
    Organisation Organisation,
    Branding Branding,
    string? TrustName,
    string SchoolType,
    IReadOnlyList<StatutoryPolicyEntry> Requirements,
    string SchoolIndexHref,
    string? TrustIndexHref);
