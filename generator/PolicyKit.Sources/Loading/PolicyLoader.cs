using System.Globalization;
using PolicyKit.Model.Diagnostics;
using PolicyKit.Sources.Layout;
using PolicyKit.Sources.Text;
using PolicyKit.Sources.Versions;
using PolicyKit.Sources.Yaml;

namespace PolicyKit.Sources.Loading;

internal static class PolicyLoader
{
    public static PolicySource? Load(string path, string text, string fileId, DiagnosticBag diagnostics)
    {
        var parts = FrontMatter.Split(text);
        if (parts is null)
        {
            diagnostics.Error(DiagnosticCodes.MissingFrontMatter, new SourceSpan(path, 1, 1), "a policy must start with front matter: a line '---', the policy's 'key: value' lines (id, title, …), then another '---'.");
            return null;
        }

        var file = YamlFile.Parse(parts.Yaml, path, parts.YamlFirstLine - 1, diagnostics);
        if (file is null)
        {
            return null;
        }

        var id = file.String("id", required: true) ?? fileId;
        if (id != fileId)
        {
            diagnostics.Error(DiagnosticCodes.IdMismatch, file.SpanOfValue("id"), $"policy id '{id}' must match its file name '{fileId}.md'; rename one of them.");
        }

        if (id == "index")
        {
            diagnostics.Error(DiagnosticCodes.IdMismatch, file.SpanOfValue("id"), "a policy cannot be called 'index': that name is kept for each school's index page; rename the file and its id.");
        }

        // 'next-review' may be left out: it then follows from the ratification date and the cycle (PolicyVersions),
        // and SourceValidator reports a policy for which neither is known.
        // A review due "June 2027" is due by the end of June, so status, reminders and the calendar count to its last day.
        var (nextReview, nextReviewMonthOnly) = file.DateOrMonth("next-review", endOfMonth: true);
        var (cycle, cycleMonths) = ReviewCycle(file);
        var pendingLines = new HashSet<int>();
        var history = History(file, pendingLines);
        var policy = new PolicySource(
            path,
            id,
            file.SpanOfValue("id"),
            file.String("title", required: true) ?? id,
            file.Bool("statutory") ?? false,
            file.String("written-by"),
            file.String("source"),
            file.String("owner-role"),
            file.SpanOfValue("owner-role"),
            file.String("approved-by") ?? "governing-body",
            cycle,
            nextReview,
            file.SpanOfValue("next-review"),
            history,
            file.StringList("related"),
            Acceptance(file),
            parts.Body,
            parts.BodyFirstLine,
            ContentHash.Of(Without(text, pendingLines, out var pending)))
        {
            ReviewCycleMonths = cycleMonths,
            NextReviewMonthOnly = nextReviewMonthOnly,
            PendingVersionsHash = ContentHash.Of(pending),
            PolicyNumber = PolicyNumber(file),
            PolicyNumberSpan = file.SpanOfValue("policy-number"),
            Numbering = SharedSections.Numbering(file),
            Layout = LayoutReader.Read(file),
            Ratified = UnversionedRatification.Read(file, id, history.Count > 0),
            ApprovedBySpan = file.SpanOfValue("approved-by"),
            StatutoryAs = file.StringList("statutory-as"),
            OnWebsite = file.Bool("website") ?? true,
        };
        file.ReportUnknownKeys("policy front matter");
        return policy;
    }

    // A handbook numbers its policies 1, 2, 3…; three digits are as many as a section number can carry and stay readable.
    private static int? PolicyNumber(YamlMap file)
    {
        var text = file.String("policy-number");
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is >= 1 and <= 999)
        {
            return number;
        }

        file.Diagnostics.Error(DiagnosticCodes.InvalidPolicyNumber, file.SpanOfValue("policy-number"), $"'policy-number' must be a whole number from 1 to 999, such as 'policy-number: 7' (its sections are then numbered 7.1, 7.2…), not '{text}'.");
        return null;
    }

    /// <returns>The cycle as people say it ("Annual") and its length in months; both null when there is none.</returns>
    private static (string? Text, int? Months) ReviewCycle(YamlMap file)
    {
        var text = file.String("review-cycle");
        switch (text)
        {
            case null: return (null, null);
            case "annual": return ("Annual", 12);
            case "biennial": return ("Every two years", 24);
            case "triennial": return ("Every three years", 36);
        }

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 2 && int.TryParse(words[0], out var months) && months > 0 && words[1] is "months" or "month")
        {
            return (months == 1 ? "Monthly" : $"Every {months} months", months);
        }

        file.Diagnostics.Error(DiagnosticCodes.InvalidValue, file.SpanOfValue("review-cycle"), $"'review-cycle' must be annual, biennial, triennial or '<n> months', not '{text}'.");
        return (null, null);
    }

    /// <summary>
    /// The text without the lines of versions no one has ratified yet, so that writing down a draft or proposed
    /// version changes neither the documents of the version in force nor their input hash: a published version
    /// never changes, and a proposal must not look like one.
    /// </summary>
    private static string Without(string text, HashSet<int> lines, out string removed)
    {
        var all = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        removed = string.Join('\n', all.Where((_, i) => lines.Contains(i + 1)));
        return lines.Count == 0 ? text : string.Join('\n', all.Where((_, i) => !lines.Contains(i + 1)));
    }

    private static List<VersionEntry> History(YamlMap file, HashSet<int> pendingLines)
    {
        var entries = new List<VersionEntry>();
        foreach (var item in file.MapList("version-history"))
        {
            var version = item.String("version", required: true);
            var (date, dateMonthOnly) = item.DateOrMonth("date", required: true);
            var (implemented, implementedMonthOnly) = item.DateOrMonth("implemented");
            var entry = new VersionEntry(
                version ?? "?",
                date ?? DateOnly.MinValue,
                item.String("by") ?? string.Empty,
                item.String("changes") ?? string.Empty,
                RatifiedDate.Read(item),
                implemented,
                item.Span)
            {
                DateMonthOnly = dateMonthOnly,
                ImplementedMonthOnly = implementedMonthOnly,
                Label = item.String("label"),
                Status = Status(item),
                StatusSpan = item.SpanOfValue("status"),
                RatifiedBy = item.String("ratified-by"),
                RatifiedBySpan = item.SpanOfValue("ratified-by"),
                MinuteRef = item.String("minute-ref"),
                Chair = item.String("chair"),
                Material = item.Bool("material"),
                MaterialClauses = item.StringList("material-clauses"),
                VersionSpan = item.SpanOfValue("version"),
                RatifiedSpan = item.SpanOfValue("ratified"),
            };
            if (entry.Material == false && entry.MaterialClauses.Count > 0)
            {
                file.Diagnostics.Error(DiagnosticCodes.InvalidValue, item.SpanOfValue("material"), $"version {entry.Version} says 'material: false' but lists 'material-clauses'; remove 'material: false' if those clauses need people to sign again, or remove the list.");
            }

            item.ReportUnknownKeys("a version-history entry");
            if (version is not null && date is not null)
            {
                entries.Add(entry);
            }

            if (entry.Ratified is null)
            {
                var (first, last) = item.Lines();
                pendingLines.UnionWith(Enumerable.Range(first, last - first + 1));
            }
        }

        for (var i = 1; i < entries.Count; i++)
        {
            if (entries[i].Date < entries[i - 1].Date)
            {
                file.Diagnostics.Warning(DiagnosticCodes.HistoryOutOfOrder, entries[i].Span, $"version {entries[i].Version} is dated before version {entries[i - 1].Version}; list version-history oldest first (the latest ratified entry is taken as the current version).");
            }
        }

        return entries;
    }

    // 'ratified' and 'superseded' are not written: a version with a 'ratified' date is ratified, and an earlier
    // ratified version is superseded by a later one.
    private static VersionStatus? Status(YamlMap item)
    {
        var text = item.String("status");
        switch (text)
        {
            case null: return null;
            case "draft": return VersionStatus.Draft;
            case "proposed": return VersionStatus.Proposed;
            case "ratified" or "superseded":
                item.Diagnostics.Error(DiagnosticCodes.InvalidValue, item.SpanOfValue("status"), $"'status: {text}' is not written: a version is ratified when it has a 'ratified:' date, and superseded when a later version is ratified; remove 'status:'.");
                return null;
            default:
                item.Diagnostics.Error(DiagnosticCodes.InvalidValue, item.SpanOfValue("status"), $"'status' must be draft or proposed, not '{text}'{Suggestions.Hint(text, ["draft", "proposed"])}; leave it out once the version has a 'ratified:' date.");
                return null;
        }
    }

    private static AcceptanceSource? Acceptance(YamlMap file)
    {
        var section = file.Map("acceptance");
        if (section is null)
        {
            return null;
        }

        var acceptance = new AcceptanceSource(
            section.StringList("required-from", required: true).Select(g => g.Value).ToList(),
            section.StringList("statements", required: true).Select(s => s.Value).ToList());
        section.ReportUnknownKeys("acceptance");
        return acceptance;
    }
}
