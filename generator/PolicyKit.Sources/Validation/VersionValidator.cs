using System.Globalization;
using System.Text.RegularExpressions;
using PolicyKit.Model.Diagnostics;
using PolicyKit.Sources.Loading;
using PolicyKit.Sources.Text;
using PolicyKit.Sources.Versions;

namespace PolicyKit.Sources.Validation;

/// <summary>Checks on a policy's versions and their ratification, in its history and in each school's override.</summary>
internal static partial class VersionValidator
{
    public static void Check(SourceSet sources, PolicySource policy, DiagnosticBag diagnostics)
    {
        var bodies = RatifyingBodies.ForTrust(sources.Trust).ToList();
        foreach (var duplicate in policy.History.GroupBy(v => v.Version).Where(g => g.Count() > 1))
        {
            var first = duplicate.First();
            foreach (var entry in duplicate.Skip(1))
            {
                diagnostics.Error(DiagnosticCodes.DuplicateVersion, entry.VersionSpan, $"version {entry.Version} is already listed at line {first.VersionSpan.Line}; give this version the next number, or merge the two entries.");
            }
        }

        foreach (var entry in policy.History)
        {
            CheckEntry(entry, bodies, diagnostics);
        }

        if (sources.Trust.Standalone)
        {
            NoTrustBoard(sources, "approved-by", policy.ApprovedBy, policy.ApprovedBySpan, diagnostics);
            foreach (var entry in policy.History)
            {
                NoTrustBoard(sources, "ratified-by", entry.RatifiedBy, entry.RatifiedBySpan, diagnostics);
            }

            NoTrustBoard(sources, "ratified-by", policy.Ratified?.RatifiedBy, policy.Ratified?.RatifiedBySpan ?? default, diagnostics);
        }

        if (policy.Ratified?.RatifiedBy is { } unversionedBody)
        {
            CheckBody(unversionedBody, policy.Ratified.RatifiedBySpan, bodies, "trust.yaml", diagnostics);
        }

        CheckProposed(policy, diagnostics);
        CheckMaterialClauses(policy, diagnostics);
        CheckNextReview(sources, policy, diagnostics);
    }

    public static void CheckOverride(SourceSet sources, OverrideSource schoolOverride, DiagnosticBag diagnostics)
    {
        if (sources.FindPolicy(schoolOverride.PolicyId) is not { } policy)
        {
            return;
        }

        if (schoolOverride.Ratified is not { } ratified)
        {
            if (schoolOverride.RatifiedVersion is not null || schoolOverride.RatifiedBy is not null || schoolOverride.MinuteRef is not null || schoolOverride.Chair is not null)
            {
                diagnostics.Error(DiagnosticCodes.InconsistentVersionStatus, schoolOverride.RatifiedSpan, "this override records who ratified the policy (version, ratified-by, minute-ref or chair) but not when; add 'ratified: YYYY-MM-DD', or remove those keys until the governors have met.");
            }

            return;
        }

        var version = schoolOverride.RatifiedVersion ?? policy.Current?.Version;
        var entry = policy.History.FirstOrDefault(v => v.Version == version);
        if (schoolOverride.RatifiedVersion is { } unnumbered && policy.History.Count == 0)
        {
            diagnostics.Error(DiagnosticCodes.UnknownRatifiedVersion, schoolOverride.RatifiedVersionSpan, $"'{policy.Id}' keeps no version-history, so the school ratified it without a number; remove 'version: {unnumbered}', or add a version-history with version {unnumbered} to {policy.Path} first.");
        }
        else if (schoolOverride.RatifiedVersion is null && policy.History.Count > 0 && entry is null)
        {
            // Without 'version:' the school ratified the version the trust has in force; here there is none.
            diagnostics.Error(DiagnosticCodes.NoVersionToRatify, schoolOverride.RatifiedSpan, $"'ratified: {ratified:yyyy-MM-dd}' names no version, and {policy.Id} has none in force to ratify ({string.Join(", ", policy.History.Select(v => $"{v.Version} is {Word(v.Status ?? VersionStatus.Draft)}"))}); add 'version:' naming the version the governors ratified.");
        }
        else if (schoolOverride.RatifiedVersion is { } named && entry is null)
        {
            var known = policy.History.Select(v => v.Version).ToList();
            diagnostics.Error(DiagnosticCodes.UnknownRatifiedVersion, schoolOverride.RatifiedVersionSpan, $"'{policy.Id}' has no version {named} in its version-history{Suggestions.Hint(named, known)}; name one of {string.Join(", ", known)}, or add the version to {policy.Path} first.");
        }
        else if (entry is not null && ratified < entry.Date)
        {
            diagnostics.Error(DiagnosticCodes.RatifiedBeforeVersion, schoolOverride.RatifiedSpan, $"'ratified: {ratified:yyyy-MM-dd}' is before version {entry.Version} was written ({entry.Date:yyyy-MM-dd}); correct the date, or name the version the governors ratified with 'version:'.");
        }

        if (sources.Trust.Standalone)
        {
            NoTrustBoard(sources, "ratified-by", schoolOverride.RatifiedBy, schoolOverride.RatifiedBySpan, diagnostics);
        }

        if (schoolOverride.RatifiedBy is { } body && sources.FindSchool(schoolOverride.SchoolId) is { } school)
        {
            CheckBody(body, schoolOverride.RatifiedBySpan, RatifyingBodies.ForSchool(sources.Trust, school).ToList(), $"trust.yaml or {school.Id}/school.yaml", diagnostics);
        }
    }

    private static void CheckEntry(VersionEntry entry, List<string> bodies, DiagnosticBag diagnostics)
    {
        if (entry.Ratified is { } ratified)
        {
            if (entry.Status is { } status)
            {
                diagnostics.Error(DiagnosticCodes.InconsistentVersionStatus, entry.StatusSpan, $"version {entry.Version} has a 'ratified:' date and says 'status: {Word(status)}'; remove 'status:' now that it is ratified, or the date if it is not.");
            }

            if (ratified < entry.Date)
            {
                diagnostics.Error(DiagnosticCodes.RatifiedBeforeVersion, entry.RatifiedSpan, $"version {entry.Version} is ratified on {ratified:yyyy-MM-dd}, before it was written ({entry.Date:yyyy-MM-dd}); correct one of the two dates.");
            }
        }
        else if (entry.RatifiedBy is not null || entry.MinuteRef is not null || entry.Chair is not null)
        {
            diagnostics.Error(DiagnosticCodes.InconsistentVersionStatus, entry.Span, $"version {entry.Version} records who ratified it (ratified-by, minute-ref or chair) but not when; add 'ratified: YYYY-MM-DD', or remove those keys until it is ratified.");
        }

        if (entry.RatifiedBy is { } body)
        {
            CheckBody(body, entry.RatifiedBySpan, bodies, "trust.yaml", diagnostics);
        }
    }

    // A stand-alone school has no trust board: its own governing body (or one of its committees) ratifies everything.
    private static void NoTrustBoard(SourceSet sources, string key, string? body, SourceSpan span, DiagnosticBag diagnostics)
    {
        if (body == RatifyingBodies.TrustBoard)
        {
            diagnostics.Error(DiagnosticCodes.TrustBoardInStandalone, span, $"'{key}: trust-board': {sources.Trust.Name} is a stand-alone school ('standalone: true' in trust.yaml) with no trust board; write '{key}: governing-body', or the key of a committee listed under 'committees:'.");
        }
    }

    private static void CheckBody(string body, SourceSpan span, List<string> bodies, string where, DiagnosticBag diagnostics)
    {
        if (!bodies.Contains(body, StringComparer.Ordinal))
        {
            diagnostics.Error(DiagnosticCodes.UnknownRatifyingBody, span, $"unknown ratifying body '{body}'{Suggestions.Hint(body, bodies)}; use governing-body, trust-board or a committee listed under 'committees:' in {where}.");
        }
    }

    /// <summary>A proposed version must come after the version in force: later in the list and with a higher number.</summary>
    private static void CheckProposed(PolicySource policy, DiagnosticBag diagnostics)
    {
        var currentIndex = policy.History.ToList().FindLastIndex(v => v.Ratified is not null);
        if (currentIndex < 0)
        {
            return;
        }

        var current = policy.History[currentIndex];
        foreach (var (entry, index) in policy.History.Select((e, i) => (e, i)).Where(e => e.e.Status == VersionStatus.Proposed && e.e.Ratified is null))
        {
            if (index < currentIndex || CompareNumbers(entry.Version, current.Version) <= 0)
            {
                diagnostics.Error(DiagnosticCodes.ProposedOlderThanCurrent, entry.VersionSpan, $"proposed version {entry.Version} is not newer than version {current.Version}, ratified on {current.Ratified:yyyy-MM-dd}; give the proposal a higher number and list it last, or remove it if {current.Version} replaced it.");
            }
        }
    }

    /// <summary>The latest version's material clauses must be clauses of the text in the file, which that version describes.</summary>
    private static void CheckMaterialClauses(PolicySource policy, DiagnosticBag diagnostics)
    {
        if (policy.History.Count == 0 || policy.History[^1].MaterialClauses.Count == 0)
        {
            return;
        }

        var ids = ClauseIdPattern().Matches(policy.Body).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        var latest = policy.History[^1];
        foreach (var (id, span) in latest.MaterialClauses.Where(c => !ids.Contains(c.Id)))
        {
            diagnostics.Error(DiagnosticCodes.UnknownMaterialClause, span, $"version {latest.Version} names clause '{id}' as material, but {policy.Path} has no clause '{{#{id}}}'{Suggestions.Hint(id, ids)}; correct the id, or write 'material: true' if the version removes that clause.");
        }
    }

    private static void CheckNextReview(SourceSet sources, PolicySource policy, DiagnosticBag diagnostics)
    {
        if (policy.NextReview is not null)
        {
            return;
        }

        if (policy.ReviewCycleMonths is null)
        {
            diagnostics.Error(DiagnosticCodes.MissingReviewDate, new SourceSpan(policy.Path, 2, 1), "the policy has no 'next-review' date and no 'review-cycle' to work one out from; add 'review-cycle: annual', or 'next-review: 2026-09-01'.");
            return;
        }

        foreach (var school in sources.Schools)
        {
            if (PolicyVersions.For(sources, school, policy).NextReview is null)
            {
                diagnostics.Error(DiagnosticCodes.MissingReviewDate, new SourceSpan(policy.Path, 2, 1), $"the policy has no 'next-review' date, and no version ratified at {school.Name} to count the review cycle from; add 'next-review: YYYY-MM-DD' until a version is ratified.");
            }
        }
    }

    /// <summary>Dotted version numbers compared part by part ("2.10" after "2.9"); text that is not numbers compares as written.</summary>
    internal static int CompareNumbers(string a, string b)
    {
        var left = a.Split('.');
        var right = b.Split('.');
        if (!left.Concat(right).All(p => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out _)))
        {
            return string.CompareOrdinal(a, b);
        }

        for (var i = 0; i < Math.Max(left.Length, right.Length); i++)
        {
            var x = i < left.Length ? int.Parse(left[i], CultureInfo.InvariantCulture) : 0;
            var y = i < right.Length ? int.Parse(right[i], CultureInfo.InvariantCulture) : 0;
            if (x != y)
            {
                return x.CompareTo(y);
            }
        }

        return 0;
    }

    private static string Word(VersionStatus status) => status.ToString().ToLowerInvariant();

    [GeneratedRegex(@"\{#([^}\s]+)\}")]
    private static partial Regex ClauseIdPattern();
}
