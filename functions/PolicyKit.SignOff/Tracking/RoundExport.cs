using System.Globalization;
using System.Text;
using System.Text.Json;
using CsvHelper;

namespace PolicyKit.SignOff.Tracking;

/// <summary>
/// A round's people as CSV (for a spreadsheet) or JSON (for other systems). Names, reasons and emails are typed by
/// people, so the CSV escapes any cell a spreadsheet would run as a formula ("=", "+", "-", "@", tab, return).
/// </summary>
internal static class RoundExport
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static byte[] ToCsv(RoundStatus status)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, new CsvWriterOptions { Injection = CsvInjection.Escape }, true))
        {
            csv.WriteRecord(["School", "Name", "Email", "Group", "Staff ID", "Status", "Invited (UTC)", "Emailed (UTC)", "Decided (UTC)", "Name typed", "Decline reason", "Email problem", "Reminders sent", "Last reminder (UTC)"]);
            foreach (var row in status.People)
            {
                csv.WriteRecord(
                [
                    row.SchoolName, row.Name, row.Email, row.Group, row.StaffId ?? "", StatusText(row.Status),
                    Time(row.InvitedUtc), Time(row.EmailedUtc), Time(row.DecidedUtc),
                    row.TypedName ?? "", row.DeclineReason ?? "", row.EmailProblem ?? "",
                    row.RemindersSent.ToString(CultureInfo.InvariantCulture), Time(row.LastReminderUtc),
                ]);
            }
        }

        // A byte-order mark makes Excel read the file as UTF-8, so names like "Siân" survive.
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    /// <summary>A round with its counts, as the API lists rounds.</summary>
    public static object Summary(RoundStatus status) => new
    {
        id = status.Round.Id,
        policy = status.Round.Policy,
        title = status.Round.PolicyTitle,
        version = status.Round.Version,
        schools = status.Round.Schools,
        groups = status.Round.Groups,
        startedUtc = status.Round.StartedUtc,
        people = status.People.Count,
        signed = status.Count(PersonStatus.Signed),
        outstanding = status.Outstanding,
        declined = status.Count(PersonStatus.Declined),
        expired = status.Count(PersonStatus.Expired),
        emailFailed = status.Count(PersonStatus.EmailFailed),
    };

    public static byte[] ToJson(RoundStatus status) => JsonSerializer.SerializeToUtf8Bytes(new
    {
        round = status.Round.Id,
        policy = status.Round.Policy,
        title = status.Round.PolicyTitle,
        version = status.Round.Version,
        groups = status.Round.Groups,
        startedUtc = status.Round.StartedUtc,
        signBy = status.Round.SignBy,
        people = status.People.Select(p => new
        {
            school = p.School,
            schoolName = p.SchoolName,
            personId = p.PersonId,
            name = p.Name,
            email = p.Email,
            group = p.Group,
            staffId = p.StaffId,
            status = StatusText(p.Status),
            invitedUtc = p.InvitedUtc,
            emailedUtc = p.EmailedUtc,
            decidedUtc = p.DecidedUtc,
            nameTyped = p.TypedName,
            declineReason = p.DeclineReason,
            emailProblem = p.EmailProblem,
            remindersSent = p.RemindersSent,
            lastReminderUtc = p.LastReminderUtc,
        }),
    }, Indented);

    public static string StatusText(PersonStatus status) => status switch
    {
        PersonStatus.Queued => "waiting to send",
        PersonStatus.Outstanding => "outstanding",
        PersonStatus.Signed => "signed",
        PersonStatus.Declined => "declined",
        PersonStatus.Expired => "expired",
        PersonStatus.EmailFailed => "email failed",
        _ => status.ToString(),
    };

    private static string Time(DateTimeOffset? time) => time?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? "";
}
