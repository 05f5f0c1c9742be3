namespace PolicyKit.SignOff.Calendars;

/// <summary>The stored secret of a school's calendar address.</summary>
internal sealed record CalendarFeedRecord(string Secret, DateTimeOffset CreatedUtc);
