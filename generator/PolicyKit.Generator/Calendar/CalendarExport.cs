using System.Text;
using PolicyKit.Generator.Building;
using PolicyKit.Generator.Status;
using PolicyKit.Model.Diagnostics;
using PolicyKit.Sources.Calendar;
using PolicyKit.Sources.Loading;
using PolicyKit.Sources.Text;

namespace PolicyKit.Generator.Calendar;

/// <summary>
/// Writes the review calendar as .ics files, one per school (&lt;school&gt;.ics) and one for the trust (trust.ics),
/// and records each review's UID, date and SEQUENCE in the policy folder's state file.
/// </summary>
public static class CalendarExport
{
    /// <summary>The trust's calendar's file name.</summary>
    public const string TrustFileName = "trust.ics";

    /// <summary>A school's calendar's file name.</summary>
    public static string SchoolFileName(string schoolId) => $"{schoolId}.ics";

    /// <summary>
    /// Writes the calendars, or nothing when the options name a school that does not exist (reported in
    /// <paramref name="diagnostics"/>). The state file is written first: if a calendar then cannot be written, the
    /// next run writes it with the same UIDs.
    /// </summary>
    /// <param name="sources">The trust's sources, already checked.</param>
    /// <param name="state">The state earlier runs left (<see cref="CalendarStateFile.Load"/>).</param>
    /// <param name="options">Where to write and which schools.</param>
    /// <param name="clock">The time a new or moved event is stamped with; an unchanged event keeps its stamp, so an unchanged calendar is written byte for byte as before.</param>
    /// <param name="diagnostics">Where a school that does not exist is reported.</param>
    /// <exception cref="IOException">A file could not be written; files already written are complete.</exception>
    public static CalendarExportResult? Write(SourceSet sources, CalendarState state, CalendarExportOptions options, TimeProvider clock, DiagnosticBag diagnostics)
    {
        foreach (var name in options.Schools.Where(s => sources.FindSchool(s) is null))
        {
            diagnostics.Error(DiagnosticCodes.FileNotFound, SourceSpan.ForFile("--school"), $"there is no school '{name}'{Suggestions.Hint(name, sources.Schools.Select(s => s.Id))}.");
        }

        if (diagnostics.HasErrors)
        {
            return null;
        }

        var wholeTrust = options.Schools.Count == 0;
        var schools = sources.Schools.Where(s => wholeTrust || options.Schools.Contains(s.Id)).ToList();
        var schoolIds = schools.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var now = clock.GetUtcNow();

        // Only the review dates are read from the calendar; the "today" it compares them with does not matter here.
        var entries = ReviewCalendar.For(sources, DateOnly.FromDateTime(now.UtcDateTime)).Where(e => schoolIds.Contains(e.SchoolId)).ToList();
        var plan = ReviewEventPlanner.Plan(sources, entries, state, schoolIds, now, options.SiteUrl, () => $"{Guid.NewGuid():N}@policykit");

        var stateChanged = WriteIfChanged(CalendarStateFile.PathIn(sources.Root), CalendarStateFile.Format(plan.State));
        var files = new List<string>();
        foreach (var school in schools)
        {
            var path = Path.Combine(options.OutputFolder, SchoolFileName(school.Id));
            WriteText(path, IcsCalendarWriter.Write($"{school.Name} policy reviews", plan.Events.Where(e => e.SchoolId == school.Id), trustWide: false));
            files.Add(path);
        }

        // A stand-alone school's own calendar is the whole calendar: a trust.ics would only repeat it.
        if (wholeTrust && !sources.Trust.Standalone)
        {
            var path = Path.Combine(options.OutputFolder, TrustFileName);
            WriteText(path, IcsCalendarWriter.Write($"{sources.Trust.Name} policy reviews", plan.Events, trustWide: true));
            files.Add(path);
        }

        return new CalendarExportResult(files, plan.Events.Count, plan.NewEvents, plan.MovedEvents, plan.Undated, stateChanged);
    }

    // The state is committed with the sources: rewriting it unchanged would only touch its timestamp.
    private static bool WriteIfChanged(string path, string text)
    {
        if (File.Exists(path) && File.ReadAllText(path) == text)
        {
            return false;
        }

        WriteText(path, text);
        return true;
    }

    private static void WriteText(string path, string text) =>
        AtomicFile.Write(path, stream => stream.Write(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text)));
}
