using PolicyKit.Model.Diagnostics;
using PolicyKit.Sources.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PolicyKit.Sources.Loading;

internal static class OverrideLoader
{
    private static readonly (string Key, ClauseChangeKind Kind)[] Verbs =
    [
        ("replace", ClauseChangeKind.Replace),
        ("remove", ClauseChangeKind.Remove),
        ("add-before", ClauseChangeKind.AddBefore),
        ("add-after", ClauseChangeKind.AddAfter),
    ];

    public static OverrideSource? Load(string path, string text, string schoolId, string policyId, DiagnosticBag diagnostics)
    {
        var file = YamlFile.Parse(text, path, 0, diagnostics);
        if (file is null)
        {
            return null;
        }

        var changes = new List<ClauseChange>();
        foreach (var entry in file.MapList("changes"))
        {
            if (ReadChange(entry) is { } change)
            {
                changes.Add(change);
            }
        }

        var (nextReview, nextReviewMonthOnly) = file.DateOrMonth("next-review", endOfMonth: true);
        var source = new OverrideSource(path, schoolId, policyId, changes, RatifiedDate.Read(file), nextReview, file.SpanOfValue("next-review"), ContentHash.Of(text))
        {
            NextReviewMonthOnly = nextReviewMonthOnly,
            RatifiedVersion = file.String("version"),
            RatifiedVersionSpan = file.SpanOfValue("version"),
            RatifiedBy = file.String("ratified-by"),
            RatifiedBySpan = file.SpanOfValue("ratified-by"),
            MinuteRef = file.String("minute-ref"),
            Chair = file.String("chair"),
            RatifiedSpan = file.SpanOfValue("ratified"),
        };
        file.ReportUnknownKeys("a school override");
        return source;
    }

    private static ClauseChange? ReadChange(YamlMap entry)
    {
        var present = Verbs.Where(v => entry.Has(v.Key)).ToList();
        if (present.Count != 1)
        {
            entry.Diagnostics.Error(DiagnosticCodes.InvalidValue, entry.Span, "each change must have exactly one of 'replace:', 'remove:', 'add-before:' or 'add-after:' naming a clause id.");
            entry.Has("with");
            entry.ReportUnknownKeys("a change");
            return null;
        }

        var (key, kind) = present[0];
        var target = entry.String(key, required: true);
        var targetSpan = entry.SpanOfValue(key);
        string? text = null;
        var textLine = targetSpan.Line;
        if (kind is ClauseChangeKind.Remove)
        {
            if (entry.Has("with"))
            {
                entry.Diagnostics.Error(DiagnosticCodes.InvalidValue, entry.SpanOfKey("with"), "'remove:' takes no 'with:' text; delete it, or use 'replace:'.");
            }
        }
        else
        {
            text = entry.String("with", required: true);
            textLine = TextFirstLine(entry);
        }

        entry.ReportUnknownKeys("a change");
        return target is null ? null : new ClauseChange(kind, target, targetSpan, text, entry.Path, textLine);
    }

    // A block scalar ("with: |") starts on the line after its indicator.
    private static int TextFirstLine(YamlMap entry)
    {
        var span = entry.SpanOfValue("with");
        return entry.Entries().FirstOrDefault(e => e.Key == "with").Value is YamlScalarNode { Style: ScalarStyle.Literal or ScalarStyle.Folded }
            ? span.Line + 1
            : span.Line;
    }
}
