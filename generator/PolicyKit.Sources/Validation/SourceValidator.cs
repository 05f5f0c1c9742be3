using PolicyKit.Model.Diagnostics;
using PolicyKit.Model.Document;
using PolicyKit.Sources.Loading;
using PolicyKit.Sources.Text;

namespace PolicyKit.Sources.Validation;

/// <summary>Checks that need more than one file: references between policies, roles, settings, overrides and dates.</summary>
public static class SourceValidator
{
    /// <summary>Reports every problem that spans files; review dates before <paramref name="today"/> are warnings.</summary>
    public static void Validate(SourceSet sources, DateOnly today, DiagnosticBag diagnostics)
    {
        foreach (var policy in sources.Policies)
        {
            CheckRelated(sources, policy, diagnostics);
            CheckOwner(sources, policy, diagnostics);
            CheckPolicyNumber(sources, policy, diagnostics);
            CheckReviewDate(policy.NextReview, policy.NextReviewSpan, today, policy.Title, diagnostics);
            VersionValidator.Check(sources, policy, diagnostics);
        }

        foreach (var school in sources.Schools)
        {
            CheckSettings(sources, school, diagnostics);
        }

        foreach (var schoolOverride in sources.Overrides)
        {
            if (sources.FindPolicy(schoolOverride.PolicyId) is null)
            {
                var hint = Suggestions.Hint(schoolOverride.PolicyId, sources.Policies.Select(p => p.Id));
                diagnostics.Error(DiagnosticCodes.OverrideForUnknownPolicy, new SourceSpan(schoolOverride.Path, 1, 1), $"there is no policy '{schoolOverride.PolicyId}'{hint}; name the override file after a policy file, e.g. 'information-security.yaml'.");
            }

            CheckReviewDate(schoolOverride.NextReview, schoolOverride.NextReviewSpan, today, schoolOverride.PolicyId, diagnostics);
            VersionValidator.CheckOverride(sources, schoolOverride, diagnostics);
        }

        foreach (var layout in new[] { sources.Trust.Layout }.Concat(sources.Schools.Select(s => s.Layout)).Concat(sources.Policies.Select(p => p.Layout)))
        {
            CheckNamedLayout(sources, layout, diagnostics);
        }

        foreach (var duplicate in sources.Schools.GroupBy(s => s.Id).Where(g => g.Count() > 1))
        {
            diagnostics.Error(DiagnosticCodes.IdMismatch, duplicate.Last().IdSpan, $"school id '{duplicate.Key}' is used by more than one school; ids must be unique.");
        }
    }

    private static void CheckRelated(SourceSet sources, PolicySource policy, DiagnosticBag diagnostics)
    {
        foreach (var (id, span) in policy.Related)
        {
            if (sources.FindPolicy(id) is null)
            {
                diagnostics.Error(DiagnosticCodes.UnknownRelatedPolicy, span, $"related policy '{id}' does not exist{Suggestions.Hint(id, sources.Policies.Select(p => p.Id))}; use the id of a policy file in {Path.GetFileName(sources.Root.TrimEnd('/'))}/.");
            }
        }
    }

    // The number goes in front of section numbers; a school whose sections have none would silently drop it.
    private static void CheckPolicyNumber(SourceSet sources, PolicySource policy, DiagnosticBag diagnostics)
    {
        if (policy.PolicyNumber is not { } number)
        {
            return;
        }

        var unnumbered = sources.Schools.Where(s => (policy.Numbering ?? s.Numbering ?? sources.Trust.Numbering) == NumberingScheme.Unnumbered).Select(s => s.Name).ToList();
        if (unnumbered.Count > 0)
        {
            diagnostics.Warning(DiagnosticCodes.PolicyNumberNotShown, policy.PolicyNumberSpan, $"policy number {number} is not shown in the documents of {string.Join(", ", unnumbered)}: with 'numbering: unnumbered' its sections have no numbers to put it in front of; use 'numbering: decimal' or 'alpha', or remove 'policy-number'.");
        }
    }

    private static void CheckOwner(SourceSet sources, PolicySource policy, DiagnosticBag diagnostics)
    {
        if (policy.OwnerRole is not { } role)
        {
            return;
        }

        var missingAt = sources.Schools.Where(s => !sources.RolesFor(s).ContainsKey(role)).Select(s => s.Name).ToList();
        if (sources.Schools.Count == 0 ? !sources.Trust.Roles.ContainsKey(role) : missingAt.Count > 0)
        {
            var known = sources.Trust.Roles.Keys.Concat(sources.Schools.SelectMany(s => s.Roles.Keys)).Distinct();
            var where = missingAt.Count > 0 && missingAt.Count < sources.Schools.Count ? $" for {string.Join(", ", missingAt)}" : string.Empty;
            diagnostics.Error(DiagnosticCodes.UnknownRole, policy.OwnerRoleSpan, $"owner role '{role}' is not defined{where}{Suggestions.Hint(role, known)}; add it under 'roles:' in trust.yaml.");
        }
    }

    private static void CheckSettings(SourceSet sources, SchoolSource school, DiagnosticBag diagnostics)
    {
        foreach (var (key, setting) in school.Settings)
        {
            if (!sources.Trust.Settings.ContainsKey(key))
            {
                diagnostics.Error(DiagnosticCodes.UnknownSetting, setting.Span, $"unknown setting '{key}'{Suggestions.Hint(key, sources.Trust.Settings.Keys)}; a school may only change settings that trust.yaml declares.");
            }
        }
    }

    private static void CheckNamedLayout(SourceSet sources, Layout.LayoutSpec? layout, DiagnosticBag diagnostics)
    {
        if (layout?.BasedOn is not { } named || sources.Trust.Layouts.ContainsKey(named.Name))
        {
            return;
        }

        var known = sources.Trust.Layouts.Keys.Order(StringComparer.Ordinal).ToList();
        var listed = known.Count == 0 ? "trust.yaml has no 'layouts:'" : $"trust.yaml's 'layouts:' has {string.Join(", ", known)}";
        diagnostics.Error(DiagnosticCodes.UnknownLayout, named.Span, $"there is no layout '{named.Name}'{Suggestions.Hint(named.Name, known)}: {listed}; name one of them, or add '{named.Name}:' under 'layouts:'.");
    }

    private static void CheckReviewDate(DateOnly? date, SourceSpan span, DateOnly today, string what, DiagnosticBag diagnostics)
    {
        if (date is { } review && review < today)
        {
            diagnostics.Warning(DiagnosticCodes.ReviewOverdue, span, $"the review date {review:yyyy-MM-dd} of '{what}' has passed; review the policy and add a version-history entry with a new 'next-review'.");
        }
    }
}
