namespace PolicyKit.Generator.Calendar;

/// <summary>What a calendar run wrote.</summary>
/// <param name="Files">The .ics files written, as paths on disk.</param>
/// <param name="Events">Reviews on the calendars (each school's copy of each policy once).</param>
/// <param name="NewEvents">Reviews given a new UID by this run.</param>
/// <param name="MovedEvents">Reviews whose date moved since the last run (their SEQUENCE was raised).</param>
/// <param name="Undated">Reviews left out because they have no review date.</param>
/// <param name="StateChanged">Whether the state file was written (false when it already said the same).</param>
public sealed record CalendarExportResult(IReadOnlyList<string> Files, int Events, int NewEvents, int MovedEvents, int Undated, bool StateChanged);
