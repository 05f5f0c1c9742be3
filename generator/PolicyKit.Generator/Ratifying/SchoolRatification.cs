using PolicyKit.Sources.Loading;
using YamlDotNet.RepresentationModel;

namespace PolicyKit.Generator.Ratifying;

/// <summary>
/// Records one school's ratification in its override file (made when there is none): <c>ratified</c>, <c>version</c>,
/// <c>ratified-by</c>, <c>minute-ref</c> and <c>chair</c>. An override holds one ratification, the school's latest,
/// so a record of an older version is replaced; the review history keeps the older versions' dates.
/// </summary>
internal static class SchoolRatification
{
    private static readonly string[] Keys = ["ratified", "version", "ratified-by", "minute-ref", "chair"];

    public static RatificationPlan Plan(SourceSet sources, SchoolSource school, PolicySource policy, RatificationApproval approval)
    {
        var path = Path.Combine(SourceSetLoader.OverridesFolder(sources, school), policy.Id + ".yaml");
        var existing = sources.FindOverride(school.Id, policy.Id);
        var history = policy.History.Select(v => v.Version).ToList();
        var replacing = false;
        if (existing?.Ratified is { } date)
        {
            var recordedVersion = existing.RatifiedVersion ?? policy.Current?.Version;
            var where = $"{existing.Path}({existing.RatifiedSpan.Line})";
            if (recordedVersion == approval.Version)
            {
                var recorded = new RecordedRatification(date, existing.RatifiedBy ?? policy.ApprovedBy, existing.MinuteRef, existing.Chair);
                if (recorded.DifferencesFrom(approval) is { Count: > 0 } differences)
                {
                    return RatificationPlan.Nothing(RatificationOutcome.Conflict, $"{where}: {school.Id} already records a different ratification of {policy.Id} {approval.Version}: {string.Join("; ", differences)}. Nothing was written; correct whichever is wrong, then pull again.");
                }
            }
            else if (history.IndexOf(recordedVersion ?? string.Empty) > history.IndexOf(approval.Version))
            {
                return RatificationPlan.Nothing(RatificationOutcome.Conflict, $"{where}: {school.Id} already records that it ratified the later version {recordedVersion} on {YamlValues.Date(date)}, so this approval of {approval.Version} would go back a version. Nothing was written; check which version the governors approved.");
            }
            else
            {
                replacing = true;
            }
        }

        var files = new SourceFiles();
        var (file, edits) = files.NewOrExistingYaml(path);
        var values = new Dictionary<string, string?>
        {
            ["ratified"] = YamlValues.Date(approval.Date),
            ["version"] = YamlValues.Version(approval.Version),
            ["ratified-by"] = approval.Body,
            ["minute-ref"] = approval.MinuteRef is { } minute ? YamlValues.Text(minute) : null,
            ["chair"] = YamlValues.Text(approval.Chair),
        };
        var comments = new Dictionary<string, string> { ["ratified"] = "  " + YamlValues.Comment("approval " + approval.Evidence) };
        var what = $"{school.Id}'s ratification of {approval.Version}";

        if (file.Root is null && file.Lines.All(l => l.Trim().Length == 0))
        {
            edits.InsertAfter(0, $"# {school.Name}: its governors' ratification of the trust's {policy.Title.ToLowerInvariant()} policy.", $"new file for {what}");
        }

        // New keys go after the ratification keys already written, in the order the docs list them; keys already
        // written keep their place and have only their value changed.
        var anchor = Keys.Select(k => YamlLines.Find(file.Root, k)).OfType<(YamlScalarNode Key, YamlNode Value)>().Select(k => file.LinesOf(k.Key).Last).DefaultIfEmpty(LastContentLine(file)).Max();
        foreach (var key in Keys)
        {
            var written = YamlLines.Find(file.Root, key);
            var value = values[key];
            if (written is { } pair && value is null)
            {
                if (replacing)
                {
                    var (first, last) = file.LinesOf(pair.Key);
                    edits.Remove(first, last, $"{what}: removed {key}: {(pair.Value as YamlScalarNode)?.Value}, which was the earlier ratification's");
                }
            }
            else if (written is { } present && value is not null)
            {
                if (present.Value is YamlScalarNode { Value: var old } && Unquoted(value) != old)
                {
                    // The date's line is written whole: the approval reference after it belongs to the old date.
                    var line = comments.TryGetValue(key, out var comment)
                        ? file.Lines[file.LineOf(present.Key.Start) - 1][..((int)present.Key.Start.Column - 1)] + $"{key}: {value}{comment}"
                        : SpliceValue(file, present, value);
                    edits.Replace(file.LineOf(present.Key.Start), line, $"{what}: {key}: {old} → {Unquoted(value)}");
                }
            }
            else if (value is not null)
            {
                edits.InsertAfter(anchor, $"{key}: {value}{comments.GetValueOrDefault(key)}", $"{what}: added {key}: {Unquoted(value)}");
            }
        }

        var note = ReviewDate(policy, approval, existing, file, edits, what, anchor);
        if (edits.IsEmpty)
        {
            return RatificationPlan.Nothing(RatificationOutcome.AlreadyRecorded, $"{existing!.Path}({existing.RatifiedSpan.Line}): {school.Id} already records this ratification of {policy.Id} {approval.Version}; nothing changed.");
        }

        var message = $"recorded {school.Id}'s ratification of {policy.Id} {approval.Version} on {YamlValues.Date(approval.Date)}{note}.";
        return new RatificationPlan(RatificationOutcome.Written, message, files.All);
    }

    /// <summary>
    /// The school's own <c>next-review</c> that would hide the new one is removed; where the policy's own date would
    /// then hide it, the school is given the new date instead, since the trust's file speaks for every school.
    /// </summary>
    private static string ReviewDate(PolicySource policy, RatificationApproval approval, OverrideSource? existing, YamlLines file, LineEdits edits, string what, int anchor)
    {
        var following = ReviewDateAfterRatification.Following(policy, approval.Date);
        var policyHides = ReviewDateAfterRatification.Hides(policy.NextReview, following);
        if (existing?.NextReview is { } own && ReviewDateAfterRatification.Hides(own, following))
        {
            var written = YamlLines.Find(file.Root, "next-review")!.Value;
            if (policyHides)
            {
                edits.Replace(file.LineOf(written.Key.Start), SpliceValue(file, written, YamlValues.Date(following!.Value)), $"{what}: next-review: {YamlValues.Date(own)} → {YamlValues.Date(following.Value)}, a review cycle after the ratification");
                return $"; moved its next-review from {YamlValues.Date(own)} to {YamlValues.Date(following.Value)}";
            }

            var (first, last) = file.LinesOf(written.Key);
            edits.Remove(first, last, $"{what}: removed next-review: {YamlValues.Date(own)}: the next review now follows from the ratification ({YamlValues.Date(following!.Value)})");
            return $"; removed its next-review {YamlValues.Date(own)}, so the next review is {YamlValues.Date(following.Value)}";
        }

        if (existing?.NextReview is null && policyHides)
        {
            edits.InsertAfter(anchor, $"next-review: {YamlValues.Date(following!.Value)}", $"{what}: added next-review: {YamlValues.Date(following.Value)}, since the policy's next-review {YamlValues.Date(policy.NextReview!.Value)} would hide it");
            return $"; gave it next-review {YamlValues.Date(following.Value)}, since the policy's {YamlValues.Date(policy.NextReview.Value)} would hide the new review date";
        }

        return string.Empty;
    }

    // Only the value's characters change, so a comment after it stays.
    private static string SpliceValue(YamlLines file, (YamlScalarNode Key, YamlNode Value) pair, string value)
    {
        var line = file.Lines[file.LineOf(pair.Key.Start) - 1];
        if (file.LineOf(pair.Value.Start) != file.LineOf(pair.Key.Start) || file.LineOf(pair.Value.End) != file.LineOf(pair.Key.Start))
        {
            return line[..((int)pair.Key.Start.Column - 1)] + $"{pair.Key.Value}: {value}";
        }

        return line[..((int)pair.Value.Start.Column - 1)] + value + line[((int)pair.Value.End.Column - 1)..];
    }

    private static string Unquoted(string value) =>
        value.StartsWith('"') ? value[1..^1].Replace("\\\"", "\"", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal) : value;

    private static int LastContentLine(YamlLines file)
    {
        for (var line = file.Lines.Length; line >= 1; line--)
        {
            if (file.Lines[line - 1].Trim().Length > 0)
            {
                return line;
            }
        }

        return 0;
    }
}
