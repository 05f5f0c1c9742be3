using PolicyKit.Generator.Building;
using PolicyKit.Generator.Calendar;
using PolicyKit.Model.Diagnostics;
using PolicyKit.SignOff.Publishing;
using PolicyKit.Sources.Calendar;

namespace PolicyKit.Cli.Publishing;

/// <summary>
/// The review calendars a publish sends to the service: written as <c>policykit calendar</c> writes them (beside the
/// build, in its calendar folder), with the UIDs kept in the sources, so a calendar subscribed to the service and one
/// imported from the file update the same events.
/// </summary>
internal static class PublishedCalendars
{
    /// <returns>Each built school's calendar, or null when the calendar state has errors (in <paramref name="diagnostics"/>).</returns>
    public static (IReadOnlyList<SchoolCalendar> Calendars, CalendarExportResult Result)? Write(BuildResult build, string outputRoot, TimeProvider clock, DiagnosticBag diagnostics)
    {
        var sources = (build.Session ?? throw new ArgumentException("The build stopped before it checked the sources.", nameof(build))).Sources;
        if (CalendarStateFile.Load(sources.Root, diagnostics) is not { } state)
        {
            return null;
        }

        var folder = Path.Combine(outputRoot, "calendar");
        if (CalendarExport.Write(sources, state, new CalendarExportOptions(folder), clock, diagnostics) is not { } result)
        {
            return null;
        }

        var calendars = build.Documents.Select(d => d.School.Id).Distinct(StringComparer.Ordinal)
            .Select(school => new SchoolCalendar(school, File.ReadAllText(Path.Combine(folder, CalendarExport.SchoolFileName(school)))))
            .ToList();
        return (calendars, result);
    }
}
