namespace PolicyKit.Sources.Calendar;

/// <summary>One school's copy of one policy as the review calendar last wrote it.</summary>
/// <param name="SchoolId">The school's id.</param>
/// <param name="PolicyId">The policy's id.</param>
/// <param name="Uid">The event's UID: made once, at random, and never changed, so a calendar updates the event instead of adding another.</param>
/// <param name="Date">The review date the event last carried.</param>
/// <param name="Sequence">The event's SEQUENCE: raised each time the review date moves.</param>
/// <param name="Revised">When the event was first written or its date last moved (UTC); the event's DTSTAMP.</param>
public sealed record CalendarStateEntry(string SchoolId, string PolicyId, string Uid, DateOnly Date, int Sequence, DateTimeOffset Revised);
