using PolicyKit.Model.Diagnostics;

namespace PolicyKit.Import.Recognition;

/// <summary>The front matter's keys in the order the source format lists them (docs/source-format.md, "Policy files").</summary>
internal static class FrontMatterBuilder
{
    public static List<KeyValuePair<string, object>> Build(DocumentReading reading, string title, string? numbering, int? policyNumber)
    {
        var m = reading.Metadata;
        var keys = new List<KeyValuePair<string, object>> { new("id", reading.Context.PolicyId), new("title", title) };
        void Add(string key, object? value)
        {
            if (value is not null)
            {
                keys.Add(new(key, value));
            }
        }

        Add("statutory", m.Statutory);
        Add("written-by", m.WrittenBy);
        Add("owner-role", m.OwnerRole);
        Add("approved-by", m.ApprovedBy);
        Add("review-cycle", m.ReviewCycle);
        Add("next-review", m.NextReview?.ToSource());
        Add("policy-number", policyNumber);
        Add("numbering", numbering);

        var history = reading.History;
        if (history.Count == 0 && m.Version is { } version && m.Ratified is { MonthOnly: false } ratifiedVersion)
        {
            // A version and the day it was ratified, with no table of versions: the first entry of the history.
            var entry = new List<KeyValuePair<string, object>> { new("version", version.Number) };
            if (version.Label is { } label)
            {
                entry.Add(new("label", label));
            }

            entry.Add(new("date", ratifiedVersion.ToSource()));
            entry.Add(new("ratified", ratifiedVersion.ToSource()));
            history.Add(entry);
        }
        else if (history.Count == 0 && m.Ratified is { } ratified)
        {
            if (ratified.MonthOnly)
            {
                reading.Warnings.Add(new ImportWarning(DiagnosticCodes.ImportMetadataRowNotUnderstood, $"the document gives only the month it was ratified ({ratified.ToSource()}); a ratification date must name the day of the meeting, so add 'ratified:' yourself from the minutes.", null));
            }
            else
            {
                Add("ratified", ratified.ToSource());
                Add("minute-ref", m.MinuteRef);
            }
        }

        if (history.Count > 0)
        {
            keys.Add(new("version-history", history));
        }

        return keys;
    }
}
