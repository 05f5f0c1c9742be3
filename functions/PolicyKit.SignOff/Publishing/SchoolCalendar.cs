namespace PolicyKit.SignOff.Publishing;

/// <summary>A school's review calendar as <c>policykit calendar</c> writes it, published for calendar applications to subscribe to.</summary>
/// <param name="School">The school's id.</param>
/// <param name="Ics">The calendar (RFC 5545 text).</param>
public sealed record SchoolCalendar(string School, string Ics);
