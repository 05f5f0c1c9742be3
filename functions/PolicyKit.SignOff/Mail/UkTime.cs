using System.Globalization;

namespace PolicyKit.SignOff.Mail;

/// <summary>Dates and times as people in UK schools write them ("23 December 2026", "14:05 on 23 December 2026 (GMT)").</summary>
public static class UkTime
{
    // Linux and macOS know the IANA id; Windows without ICU (invariant globalisation) knows only its own id.
    private static readonly TimeZoneInfo? London = Find("Europe/London") ?? Find("GMT Standard Time");

    /// <summary>The UK's zone (UTC where the system knows neither id), for counting days and reading schedules.</summary>
    public static TimeZoneInfo Zone => London ?? TimeZoneInfo.Utc;

    /// <summary>The calendar date in the UK at <paramref name="instant"/>: reminders count days this way, not in UTC.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(Local(instant).DateTime);

    /// <summary>"Friday 18 December 2026", as a deadline is written in a letter home.</summary>
    public static string LongDate(DateOnly date) => date.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>"23 December 2026": the UK date of <paramref name="instant"/>.</summary>
    public static string Date(DateTimeOffset instant) => Local(instant).ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>"14:05 on 23 December 2026 (UK time, GMT)".</summary>
    public static string Wording(DateTimeOffset instant)
    {
        if (London is null)
        {
            return instant.UtcDateTime.ToString("HH:mm 'on' d MMMM yyyy '(UTC)'", CultureInfo.InvariantCulture);
        }

        var local = Local(instant);
        var zone = London.IsDaylightSavingTime(local) ? "BST" : "GMT";
        return local.ToString("HH:mm 'on' d MMMM yyyy", CultureInfo.InvariantCulture) + $" (UK time, {zone})";
    }

    /// <summary>The instant in UTC as ISO 8601 to the second.</summary>
    public static string Iso(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static DateTimeOffset Local(DateTimeOffset instant) => London is null ? instant.ToUniversalTime() : TimeZoneInfo.ConvertTime(instant, London);

    private static TimeZoneInfo? Find(string id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return null;
        }
    }
}
