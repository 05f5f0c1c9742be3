using PolicyKit.Generator.Building;
using PolicyKit.Model.Diagnostics;
using PolicyKit.Sources.Loading;
using PolicyKit.Sources.Validation;

namespace PolicyKit.Generator.Ratifying;

/// <summary>
/// Writes a body's approval of a policy version into the trust's sources, as its author would have typed it: a
/// ratification for every school into the policy's <c>version-history</c> entry, a school's own into its override
/// file. Only the lines that record the ratification change; comments, key order and everything else stay as they
/// were. The same approval twice changes nothing, and an approval that disagrees with what is recorded writes nothing.
/// </summary>
public static class RatificationWriter
{
    /// <param name="policiesRoot">The trust's policy folder (holding trust.yaml).</param>
    /// <param name="approval">The approval to record.</param>
    /// <returns>What was written, or why nothing was.</returns>
    public static RatificationWriteResult Write(string policiesRoot, RatificationApproval approval)
    {
        var diagnostics = new DiagnosticBag();
        var sources = SourceSetLoader.Load(policiesRoot, diagnostics);
        if (sources is not null)
        {
            SourceValidator.Validate(sources, approval.Date, diagnostics);
        }

        if (sources is null || diagnostics.HasErrors)
        {
            var first = diagnostics.First(d => d.IsError);
            return Rejected(approval, $"the sources have errors, so the approval was not written; run 'policykit validate', fix them and pull again. The first: {first}");
        }

        if (sources.FindPolicy(approval.PolicyId) is not { } policy)
        {
            return Rejected(approval, $"there is no policy '{approval.PolicyId}' in {SourceSetLoader.DisplayPath(policiesRoot)}; check out the branch that adds it, then pull again.");
        }

        if (policy.History.FirstOrDefault(v => v.Version == approval.Version) is null)
        {
            var listed = string.Join(", ", policy.History.Select(v => v.Version));
            return new RatificationWriteResult(approval, RatificationOutcome.VersionNotInSources, $"{policy.Path} lists versions {listed} but not {approval.Version}, so the wording approved is not in these sources; check out or merge the branch that proposes {approval.Version}, then pull again.", []);
        }

        SchoolSource? school = null;
        if (approval.SchoolId is { } schoolId && (school = sources.FindSchool(schoolId)) is null)
        {
            return Rejected(approval, $"there is no school '{schoolId}' under {SourceSetLoader.DisplayPath(Path.Combine(policiesRoot, "schools"))}; add its folder, then pull again.");
        }

        if (BodyProblem(sources, school, approval.Body) is { } problem)
        {
            return Rejected(approval, problem);
        }

        var plan = school is null
            ? TrustRatification.Plan(sources, policy, approval)
            : SchoolRatification.Plan(sources, school, policy, approval);
        if (plan.Outcome != RatificationOutcome.Written)
        {
            return new RatificationWriteResult(approval, plan.Outcome, plan.Message, []);
        }

        // Every file's new text is worked out before any is written, so a problem found half-way writes nothing.
        var texts = plan.Files.Select(f => (f.Path, Result: f.Edits.Apply())).ToList();
        foreach (var (path, result) in texts)
        {
            AtomicFile.Write(path, stream =>
            {
                using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false));
                writer.Write(result.Text);
            });
        }

        return new RatificationWriteResult(approval, RatificationOutcome.Written, plan.Message, texts.SelectMany(t => t.Result.Changes).ToList());
    }

    private static string? BodyProblem(SourceSet sources, SchoolSource? school, string body)
    {
        if (body == RatificationPlan.TrustBoard && school is not null)
        {
            return $"the trust board ratifies a policy once for every school, so its approval names no school (this one names '{school.Id}'); record it without a school.";
        }

        string[] known = [RatificationPlan.GoverningBody, RatificationPlan.TrustBoard, .. sources.Trust.Committees.Keys, .. school?.Committees.Keys ?? []];
        return known.Contains(body, StringComparer.Ordinal)
            ? null
            : $"unknown ratifying body '{body}'; it must be governing-body, trust-board or a committee listed under 'committees:' in trust.yaml{(school is null ? string.Empty : $" or {school.Id}/school.yaml")}.";
    }

    private static RatificationWriteResult Rejected(RatificationApproval approval, string message) =>
        new(approval, RatificationOutcome.Rejected, message, []);
}
