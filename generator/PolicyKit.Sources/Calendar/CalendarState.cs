namespace PolicyKit.Sources.Calendar;

/// <summary>
/// What the review calendar has already published: for each school's copy of each policy, the event's UID, the
/// review date it last carried and its SEQUENCE. Kept with the sources so every run, on any machine, reuses the UIDs.
/// </summary>
/// <param name="Events">One entry per school and policy, in school then policy order.</param>
public sealed record CalendarState(IReadOnlyList<CalendarStateEntry> Events)
{
    /// <summary>No event written yet (a trust that has never run <c>policykit calendar</c>).</summary>
    public static CalendarState Empty { get; } = new([]);

    /// <summary>The entry for a school's copy of a policy, or null when no event has been written for it.</summary>
    public CalendarStateEntry? Find(string schoolId, string policyId) =>
        Events.FirstOrDefault(e => e.SchoolId == schoolId && e.PolicyId == policyId);
}
