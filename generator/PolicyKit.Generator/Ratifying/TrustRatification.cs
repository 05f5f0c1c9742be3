using PolicyKit.Sources.Loading;
using YamlDotNet.RepresentationModel;

namespace PolicyKit.Generator.Ratifying;

/// <summary>
/// Records a ratification that holds for every school in the policy's <c>version-history</c> entry: its date, body,
/// minute and chair in place of <c>status: proposed</c>. Schools whose override dates "the current version" are
/// pinned to the version they ratified, and a leftover <c>next-review</c> is removed.
/// </summary>
internal static class TrustRatification
{
    public static RatificationPlan Plan(SourceSet sources, PolicySource policy, RatificationApproval approval)
    {
        var entry = policy.History.First(v => v.Version == approval.Version);
        var recorded = new RecordedRatification(entry.Ratified, entry.RatifiedBy ?? (entry.Ratified is null ? null : policy.ApprovedBy), entry.MinuteRef, entry.Chair);
        if (recorded.DifferencesFrom(approval) is { Count: > 0 } differences)
        {
            return RatificationPlan.Nothing(RatificationOutcome.Conflict, $"{policy.Path}({entry.Span.Line}): version {entry.Version} already records a different ratification: {string.Join("; ", differences)}. Nothing was written; correct whichever is wrong, then pull again.");
        }

        var files = new SourceFiles();
        var (file, edits) = files.FrontMatter(policy.Path);
        var item = EntryNode(file, approval.Version);
        var indent = YamlLines.IndentOf(item);
        var what = $"version {entry.Version}";
        var added = new List<(string Line, string Why)>();
        if (entry.Ratified is null)
        {
            added.Add(($"{indent}ratified: {YamlValues.Date(approval.Date)}  {YamlValues.Comment("approval " + approval.Evidence)}", $"{what}: added ratified: {YamlValues.Date(approval.Date)}"));
        }

        if (entry.RatifiedBy is null)
        {
            added.Add(($"{indent}ratified-by: {approval.Body}", $"{what}: added ratified-by: {approval.Body}"));
        }

        if (entry.MinuteRef is null && approval.MinuteRef is { } minute)
        {
            added.Add(($"{indent}minute-ref: {YamlValues.Text(minute)}", $"{what}: added minute-ref: {minute}"));
        }

        if (entry.Chair is null)
        {
            added.Add(($"{indent}chair: {YamlValues.Text(approval.Chair)}", $"{what}: added chair: {approval.Chair}"));
        }

        var status = YamlLines.Find(item, "status");
        if (added.Count == 0 && status is null)
        {
            return RatificationPlan.Nothing(RatificationOutcome.AlreadyRecorded, $"{policy.Path}({entry.Span.Line}): version {entry.Version} already records this ratification; nothing changed.");
        }

        // The ratification takes the place of 'status:', where the author's eye already is; else it follows the
        // date already recorded, or ends the entry.
        int after;
        if (status is { } s)
        {
            var (first, last) = file.LinesOf(s.Key);
            edits.Remove(first, last, $"{what}: removed status: {s.Value}, now that it is ratified");
            after = first - 1;
        }
        else
        {
            after = YamlLines.Find(item, "ratified") is { } ratified ? file.LinesOf(ratified.Key).Last : file.LastLineOf(item);
        }

        foreach (var (line, why) in added)
        {
            edits.InsertAfter(after, line, why);
        }

        var notes = new List<string>();
        PinSchoolRatifications(sources, policy, entry, files, notes);
        RemoveLeftoverReviewDates(sources, policy, approval, files, notes);
        var message = $"recorded the ratification of {policy.Id} {entry.Version} on {YamlValues.Date(approval.Date)} for every school" + string.Concat(notes.Select(n => "; " + n)) + ".";
        return new RatificationPlan(RatificationOutcome.Written, message, files.All);
    }

    private static YamlMappingNode EntryNode(YamlLines file, string version) =>
        ((YamlSequenceNode)YamlLines.Find(file.Root, "version-history")!.Value.Value).Children
            .OfType<YamlMappingNode>()
            .First(m => YamlLines.Find(m, "version")?.Value is YamlScalarNode { Value: var v } && v == version);

    /// <summary>
    /// An override's <c>ratified:</c> without <c>version:</c> is for the policy's current version, which this
    /// ratification moves on; naming the version keeps that school's record true.
    /// </summary>
    private static void PinSchoolRatifications(SourceSet sources, PolicySource policy, VersionEntry entry, SourceFiles files, List<string> notes)
    {
        var before = policy.Current;
        var after = policy.History.LastOrDefault(v => v.Ratified is not null || ReferenceEquals(v, entry));
        if (before is null || ReferenceEquals(before, after))
        {
            return;
        }

        foreach (var schoolOverride in sources.Overrides.Where(o => o.PolicyId == policy.Id && o.Ratified is not null && o.RatifiedVersion is null))
        {
            var (file, edits) = files.Yaml(schoolOverride.Path);
            var ratified = YamlLines.Find(file.Root, "ratified")!.Value;
            edits.InsertAfter(file.LinesOf(ratified.Key).Last, $"version: {YamlValues.Version(before.Version)}", $"added version: {before.Version}, the version {schoolOverride.SchoolId}'s governors ratified on {YamlValues.Date(schoolOverride.Ratified!.Value)}");
            notes.Add($"{schoolOverride.SchoolId}'s own ratification now names version {before.Version}");
        }
    }

    private static void RemoveLeftoverReviewDates(SourceSet sources, PolicySource policy, RatificationApproval approval, SourceFiles files, List<string> notes)
    {
        var following = ReviewDateAfterRatification.Following(policy, approval.Date);
        if (ReviewDateAfterRatification.Hides(policy.NextReview, following))
        {
            var (file, edits) = files.FrontMatter(policy.Path);
            var (first, last) = file.LinesOf(YamlLines.Find(file.Root, "next-review")!.Value.Key);
            edits.Remove(first, last, $"removed next-review: {YamlValues.Date(policy.NextReview!.Value)}: the next review now follows from the ratification and the review cycle ({YamlValues.Date(following!.Value)})");
            notes.Add($"removed the policy's next-review {YamlValues.Date(policy.NextReview.Value)}, so the next review is {YamlValues.Date(following.Value)}");
        }

        // A school that has not ratified a later version itself now shows this one, so its own leftover date goes too.
        var index = policy.History.ToList().FindIndex(v => v.Version == approval.Version);
        foreach (var schoolOverride in sources.Overrides.Where(o => o.PolicyId == policy.Id && ReviewDateAfterRatification.Hides(o.NextReview, following)))
        {
            var ownIndex = schoolOverride.RatifiedVersion is { } own ? policy.History.ToList().FindIndex(v => v.Version == own) : -1;
            if (ownIndex > index)
            {
                continue;
            }

            var (file, edits) = files.Yaml(schoolOverride.Path);
            var (first, last) = file.LinesOf(YamlLines.Find(file.Root, "next-review")!.Value.Key);
            edits.Remove(first, last, $"removed next-review: {YamlValues.Date(schoolOverride.NextReview!.Value)}: {schoolOverride.SchoolId}'s next review now follows from the ratification ({YamlValues.Date(following!.Value)})");
            notes.Add($"removed {schoolOverride.SchoolId}'s next-review {YamlValues.Date(schoolOverride.NextReview.Value)}");
        }
    }
}
