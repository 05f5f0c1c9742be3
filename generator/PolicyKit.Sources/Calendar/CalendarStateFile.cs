using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PolicyKit.Model.Diagnostics;
using PolicyKit.Sources.Loading;
using PolicyKit.Sources.Yaml;

namespace PolicyKit.Sources.Calendar;

/// <summary>
/// The review calendar's state file, <c>.policykit/calendar.yaml</c> in the policy folder: read with the same
/// position-aware checks as every source file, and written in one fixed layout so that an unchanged calendar leaves
/// the file byte for byte as it was (and a change shows in version control as the lines that changed).
/// </summary>
public static partial class CalendarStateFile
{
    /// <summary>The file's path inside the policy folder.</summary>
    public const string RelativePath = ".policykit/calendar.yaml";

    private const string RevisedFormat = "yyyy'-'MM'-'dd'T'HH':'mm':'ss'Z'";

    /// <summary>The state file of a policy folder.</summary>
    public static string PathIn(string policiesRoot) => Path.Combine(policiesRoot, ".policykit", "calendar.yaml");

    /// <summary>The state in a policy folder: empty when the file does not exist yet, null when it has errors (each reported with its line).</summary>
    public static CalendarState? Load(string policiesRoot, DiagnosticBag diagnostics)
    {
        var path = PathIn(policiesRoot);
        if (!File.Exists(path))
        {
            return CalendarState.Empty;
        }

        var display = SourceSetLoader.DisplayPath(path);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.FileUnreadable, SourceSpan.ForFile(display), $"cannot read the file: {ex.Message}");
            return null;
        }

        var errorsBefore = diagnostics.ErrorCount;
        var state = Parse(text, display, diagnostics);
        return diagnostics.ErrorCount > errorsBefore ? null : state;
    }

    /// <summary>The file's text for a state: entries in school then policy order, dates as ISO dates, times in UTC.</summary>
    public static string Format(CalendarState state)
    {
        var text = new StringBuilder();
        text.Append("# Written by 'policykit calendar'. Commit it with the policies: each review keeps its event's UID here, so\n");
        text.Append("# a calendar that imported or subscribed to the .ics files updates the event instead of adding a second one.\n");
        text.Append("# See docs/calendar.md before editing it by hand.\n");
        text.Append(state.Events.Count == 0 ? "events: []\n" : "events:\n");
        foreach (var entry in state.Events.OrderBy(e => e.SchoolId, StringComparer.Ordinal).ThenBy(e => e.PolicyId, StringComparer.Ordinal))
        {
            text.Append(CultureInfo.InvariantCulture, $"  - school: {Scalar(entry.SchoolId)}\n");
            text.Append(CultureInfo.InvariantCulture, $"    policy: {Scalar(entry.PolicyId)}\n");
            text.Append(CultureInfo.InvariantCulture, $"    uid: {Scalar(entry.Uid)}\n");
            text.Append(CultureInfo.InvariantCulture, $"    date: {entry.Date:yyyy'-'MM'-'dd}\n");
            text.Append(CultureInfo.InvariantCulture, $"    sequence: {entry.Sequence}\n");
            text.Append(CultureInfo.InvariantCulture, $"    revised: {entry.Revised.UtcDateTime.ToString(RevisedFormat, CultureInfo.InvariantCulture)}\n");
        }

        return text.ToString();
    }

    private static CalendarState? Parse(string text, string display, DiagnosticBag diagnostics)
    {
        var file = YamlFile.Parse(text, display, 0, diagnostics);
        if (file is null)
        {
            return null;
        }

        var entries = new List<CalendarStateEntry>();
        var seen = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
        foreach (var item in file.MapList("events"))
        {
            var school = item.String("school", required: true);
            var policy = item.String("policy", required: true);
            var uid = item.String("uid", required: true);
            var date = item.Date("date", required: true);
            var sequence = item.Int("sequence", required: true);
            var revised = Revised(item);
            item.ReportUnknownKeys("a calendar event");
            if (sequence < 0)
            {
                item.Diagnostics.Error(DiagnosticCodes.InvalidValue, item.SpanOfValue("sequence"), "'sequence' must be 0 or more.");
                continue;
            }

            if (school is null || policy is null || uid is null || date is null || sequence is null || revised is null)
            {
                continue;
            }

            // Two entries for one review would give it two events; two reviews with one UID would make a calendar
            // show only one of them. Both come from a hand edit or a merge that kept both sides.
            if (!Unique(seen, $"event for {school}/{policy}", item.Span, diagnostics, "keep one of the two entries (the one with the higher sequence)")
                || !Unique(seen, $"uid '{uid}'", item.SpanOfValue("uid"), diagnostics, "give one of them a new uid, or remove that entry so the next run makes one"))
            {
                continue;
            }

            entries.Add(new CalendarStateEntry(school, policy, uid, date.Value, sequence.Value, revised.Value));
        }

        file.ReportUnknownKeys(CalendarStateFile.RelativePath);
        return new CalendarState(entries);
    }

    private static DateTimeOffset? Revised(YamlMap item)
    {
        var text = item.String("revised", required: true);
        if (text is null)
        {
            return null;
        }

        if (DateTime.TryParseExact(text, RevisedFormat, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var time))
        {
            return new DateTimeOffset(time, TimeSpan.Zero);
        }

        item.Diagnostics.Error(DiagnosticCodes.InvalidValue, item.SpanOfValue("revised"), "'revised' must be a UTC time written as YYYY-MM-DDTHH:MM:SSZ, e.g. 2025-09-03T14:05:00Z.");
        return null;
    }

    private static bool Unique(Dictionary<string, SourceSpan> seen, string what, SourceSpan span, DiagnosticBag diagnostics, string fix)
    {
        if (seen.TryGetValue(what, out var first))
        {
            diagnostics.Error(DiagnosticCodes.DuplicateCalendarEvent, span, $"a second {what} (the first is at line {first.Line}); {fix}.");
            return false;
        }

        seen[what] = span;
        return true;
    }

    // Ids and UIDs are written plain when YAML reads them back as the same text, and single-quoted otherwise.
    private static string Scalar(string value) =>
        PlainScalar().IsMatch(value) ? value : "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._@-]*$")]
    private static partial Regex PlainScalar();
}
