using PolicyKit.Generator.Coverage;
using PolicyKit.Rendering.Html;
using PolicyKit.Sources.Loading;

namespace PolicyKit.Generator.Building;

/// <summary>
/// Each school's statutory policies page (out/&lt;school&gt;/statutory-policies.html) from the coverage report, as a
/// neutral page record for the HTML renderer, which never sees the sources or the report.
/// </summary>
internal static class CoveragePages
{
    public static string Render(BuildSession session, SchoolSource school, SchoolCoverage coverage)
    {
        var standalone = session.Sources.Trust.Standalone;
        return HtmlSiteRenderer.RenderStatutoryPolicies(new StatutoryPoliciesPage(
            new Model.Document.Organisation(school.Name, school.Motto, session.LogoOf(school), school.Sites),
            session.Sources.BrandingFor(school),
            standalone ? null : session.Sources.Trust.Name,
            coverage.SchoolType,
            coverage.Lines.Select(Entry).ToList(),
            OutputPaths.IndexPage,
            // A stand-alone school's own index is its folder's index too, so "Policies" is the only way back.
            standalone ? null : OutputPaths.TrustIndexFromSchool));
    }

    /// <summary>One line of the report as the page shows it; the policy is linked only when its page is on the site.</summary>
    public static StatutoryPolicyEntry Entry(CoverageLine line)
    {
        var requirement = line.Requirement;
        return new StatutoryPolicyEntry(
            requirement.Name,
            requirement.Level == RequirementLevel.Required,
            requirement.Approver,
            requirement.ReviewFrequency,
            line.PolicyId is null ? null : line.PolicyTitle ?? line.PolicyId,
            line.PolicyId is { } policy && line.OnWebsite ? OutputPaths.FileName(policy, OutputFormats.Html) : null,
            line.NextReview,
            line.State switch
            {
                CoverageState.Covered => StatutoryPolicyState.InPlace,
                CoverageState.Missing => StatutoryPolicyState.Missing,
                CoverageState.NotRatified => StatutoryPolicyState.NotRatified,
                CoverageState.Overdue => StatutoryPolicyState.ReviewOverdue,
                _ => throw new ArgumentOutOfRangeException(nameof(line), line.State, "a coverage state the page does not know"),
            },
            requirement.MustPublish,
            line.OnWebsite,
            requirement.Sources.Select(s => new StatutoryPolicySource(s.Title, s.Url)).ToList());
    }
}
