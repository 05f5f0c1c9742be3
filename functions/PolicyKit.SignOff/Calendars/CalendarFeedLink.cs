namespace PolicyKit.SignOff.Calendars;

/// <summary>A school's secret calendar address, relative to the service: give it to the people who should see the school's review dates.</summary>
/// <param name="School">The school's id.</param>
/// <param name="Path">The address's path, <c>/calendar/&lt;school&gt;/&lt;secret&gt;.ics</c>.</param>
/// <param name="IsNew">Whether the secret was made just now.</param>
public sealed record CalendarFeedLink(string School, string Path, bool IsNew);
