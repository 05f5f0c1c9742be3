using PolicyKit.Model.Diagnostics;
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

        var nextReview = file.Date("next-review");
        if (file.String("next-review") is null)
        {
            diagnostics.Error(DiagnosticCodes.MissingReviewDate, file.Span, "the policy has no 'next-review' date; add one, e.g. 'next-review: 2026-09-01'.");
        }

        var policy = new PolicySource(
            path,
            id,
            file.SpanOfValue("id"),
            file.String("title", required: true) ?? id,
            file.Bool("statutory") ?? false,
            file.String("written-by", required: true) ?? string.Empty,
            file.String("source"),
            file.String("owner-role"),
            file.SpanOfValue("owner-role"),
            file.String("approved-by") ?? "governing-body",
            ReviewCycle(file),
            nextReview,
            file.SpanOfValue("next-review"),
            History(file),
            file.StringList("related"),
            Acceptance(file),
            parts.Body,
            parts.BodyFirstLine,
            ContentHash.Of(text));
        file.ReportUnknownKeys("policy front matter");
        return policy;
    }

    private static string? ReviewCycle(YamlMap file)
    {
        var text = file.String("review-cycle");
        switch (text)
        {
            case null: return null;
            case "annual": return "Annual";
            case "biennial": return "Every two years";
            case "triennial": return "Every three years";
        }

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 2 && int.TryParse(words[0], out var months) && months > 0 && words[1] is "months" or "month")
        {
            return months == 1 ? "Monthly" : $"Every {months} months";
        }

        file.Diagnostics.Error(DiagnosticCodes.InvalidValue, file.SpanOfValue("review-cycle"), $"'review-cycle' must be annual, biennial, triennial or '<n> months', not '{text}'.");
        return null;
    }

    private static List<VersionEntry> History(YamlMap file)
    {
        var entries = new List<VersionEntry>();
        foreach (var item in file.MapList("version-history"))
        {
            var version = item.String("version", required: true);
            var date = item.Date("date", required: true);
            var entry = new VersionEntry(
                version ?? "?",
                date ?? DateOnly.MinValue,
                item.String("by") ?? string.Empty,
                item.String("changes") ?? string.Empty,
                item.Date("ratified"),
                item.Date("implemented"),
                item.Span);
            item.ReportUnknownKeys("a version-history entry");
            if (version is not null && date is not null)
            {
                entries.Add(entry);
            }
        }

        for (var i = 1; i < entries.Count; i++)
        {
            if (entries[i].Date < entries[i - 1].Date)
            {
                file.Diagnostics.Warning(DiagnosticCodes.HistoryOutOfOrder, entries[i].Span, $"version {entries[i].Version} is dated before version {entries[i - 1].Version}; list version-history oldest first (the last entry is taken as the current version).");
            }
        }

        return entries;
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
