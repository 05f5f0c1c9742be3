using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace PolicyKit.Generator.Calendar;

/// <summary>Writes review events as an RFC 5545 calendar: one all-day event per review, shown as free time.</summary>
internal static class IcsCalendarWriter
{
    public const string ProductId = "-//PolicyKit//Review calendar//EN";

    /// <summary>The trust's calendar holds every school's reviews under UIDs of its own, made from the school's.</summary>
    /// <remarks>
    /// A person can subscribe to a school's calendar and the trust's at once; if the two shared a UID, a calendar
    /// application would keep only one of them (and RFC 5545 asks for one UID per event), while a UID derived from
    /// the school's stays as stable as the school's own.
    /// </remarks>
    public static string TrustUid(string schoolUid) => "trust-" + schoolUid;

    /// <param name="name">The calendar's name, as calendar applications show it.</param>
    /// <param name="events">The reviews, in the order to write them.</param>
    /// <param name="trustWide">Whether this is the trust's calendar, whose summaries name each school.</param>
    public static string Write(string name, IEnumerable<ReviewEvent> events, bool trustWide)
    {
        var calendar = new Ical.Net.Calendar { ProductId = ProductId };

        // Calendar-level names and refresh hints are extensions Outlook, Apple Calendar and Google read.
        calendar.AddProperty("X-WR-CALNAME", name);
        calendar.AddProperty("X-PUBLISHED-TTL", "PT12H");
        foreach (var review in events)
        {
            var summary = review.Version.Length == 0 ? $"Review due: {review.PolicyTitle}" : $"Review due: {review.PolicyTitle} ({VersionLabel(review.Version)})";
            var calendarEvent = new CalendarEvent
            {
                Uid = trustWide ? TrustUid(review.Uid) : review.Uid,
                Summary = trustWide ? $"{summary}, {review.SchoolName}" : summary,
                Description = review.Description,

                // An all-day event is a DATE start and the next day as its (exclusive) end (RFC 5545 3.6.1).
                DtStart = new CalDateTime(review.Date),
                DtEnd = new CalDateTime(review.Date.AddDays(1)),
                DtStamp = new CalDateTime(review.Revised.UtcDateTime),
                Sequence = review.Sequence,
                Transparency = TransparencyType.Transparent,
                Url = review.Url,
            };
            calendarEvent.Categories.Add("Policy review");
            calendar.Events.Add(calendarEvent);
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;
    }

    // "2.0" reads as "v2.0"; a version written with its own prefix, or "draft", is shown as it is.
    private static string VersionLabel(string version) => version.Length > 0 && char.IsAsciiDigit(version[0]) ? "v" + version : version;
}
