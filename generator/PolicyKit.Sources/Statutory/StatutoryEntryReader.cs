using System.Text.RegularExpressions;
using PolicyKit.Model.Diagnostics;
using PolicyKit.Sources.Yaml;

namespace PolicyKit.Sources.Statutory;

/// <summary>Reads one statutory policy entry, in the same shape in PolicyKit's built-in list and in a trust's additions.</summary>
internal static partial class StatutoryEntryReader
{
    public static StatutoryEntrySource? Read(YamlMap entry, string what)
    {
        var diagnostics = entry.Diagnostics;
        var id = entry.String("id", required: true);
        var name = entry.String("name", required: true);
        var level = entry.String("level", required: true);
        var approver = entry.String("approver", required: true);
        var review = entry.String("review", required: true);
        var publish = entry.Bool("publish", required: true);
        var months = ReviewMonths(entry);
        var condition = Condition(entry);
        var sources = Sources(entry);
        var notes = entry.String("notes");
        entry.ReportUnknownKeys(what);

        if (id is not null && !IdPattern().IsMatch(id))
        {
            diagnostics.Error(DiagnosticCodes.InvalidStatutoryEntry, entry.SpanOfValue("id"), $"the id '{id}' must be lower-case words joined by '-', such as 'child-protection': policies name it in 'statutory-as:'.");
            id = null;
        }

        var recommended = level switch
        {
            "required" => false,
            "recommended" => true,
            null => (bool?)null,
            _ => Invalid(entry, "level", $"'level' must be required or recommended, not '{level}'."),
        };
        if (id is null || name is null || recommended is null || approver is null || review is null || publish is null)
        {
            return null;
        }

        return new StatutoryEntrySource(id, entry.SpanOfValue("id"), name, recommended.Value, approver, review, months, publish.Value, condition, sources, notes);
    }

    private static int? ReviewMonths(YamlMap entry)
    {
        if (!entry.Has("review-months") || entry.String("review-months") is null or "null" or "~")
        {
            return null;
        }

        if (entry.Int("review-months") is not { } months)
        {
            return null;
        }

        if (months is < 1 or > 120)
        {
            Invalid(entry, "review-months", $"'review-months' must be a number of months from 1 to 120 (12 for annually), or left out when no interval is set; not {months}.");
            return null;
        }

        return months;
    }

    private static StatutoryCondition Condition(YamlMap entry)
    {
        var map = entry.Map("applies-to");
        if (map is null)
        {
            return StatutoryCondition.All;
        }

        var types = map.StringList("type")
            .Select(t => SchoolProfileReader.ParseCategory(t.Value, t.Span, "type", map.Diagnostics))
            .OfType<SchoolCategory>().ToList();
        var phases = map.StringList("phase")
            .Select(p => SchoolProfileReader.ParsePhase(p.Value, p.Span, "phase", map.Diagnostics))
            .OfType<SchoolPhase>().ToList();
        var condition = new StatutoryCondition(types, phases, map.Bool("special"), map.Bool("nursery"), map.Bool("sixth-form"));
        map.ReportUnknownKeys("applies-to");
        return condition;
    }

    private static List<(string Title, string Url)> Sources(YamlMap entry)
    {
        var sources = new List<(string, string)>();
        var maps = entry.MapList("sources", required: true);
        foreach (var source in maps)
        {
            var title = source.String("title", required: true);
            var url = source.String("url", required: true);
            source.ReportUnknownKeys("a source");
            if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps))
            {
                Invalid(source, "url", $"a source's 'url' must be a whole https:// address, such as 'https://www.gov.uk/…', not '{url}'.");
            }
            else if (title is not null && url is not null)
            {
                sources.Add((title, url));
            }
        }

        if (maps.Count == 0 && entry.Has("sources"))
        {
            Invalid(entry, "sources", "'sources' must list at least one source, each with a 'title' and a 'url', so readers can check what the law says.");
        }

        return sources;
    }

    private static bool? Invalid(YamlMap map, string key, string message)
    {
        map.Diagnostics.Error(DiagnosticCodes.InvalidStatutoryEntry, map.SpanOfValue(key), message);
        return null;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();
}
