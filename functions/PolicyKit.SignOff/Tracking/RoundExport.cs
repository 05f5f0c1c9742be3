using System.Globalization;
using System.Text;
using System.Text.Json;
using CsvHelper;

namespace PolicyKit.SignOff.Tracking;

/// <summary>
/// A round's people as CSV (for a spreadsheet) or JSON (for other systems), with the evidence behind each decision
/// (document and its hash, address, browser, chain entry) and any exemption, so an auditor can check each row.
/// Names, reasons and emails are typed by people, so the CSV escapes any cell a spreadsheet would run as a formula
/// ("=", "+", "-", "@", tab, return).
/// </summary>
public static class RoundExport
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>The round's people as CSV, one row each with their evidence; cells a spreadsheet would run are escaped.</summary>
    public static byte[] ToCsv(RoundStatus status)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, new CsvWriterOptions { Injection = CsvInjection.Escape }, true))
        {
            csv.WriteRecord(
            [
                "School", "Name", "Email", "Email corrected (UTC)", "Group", "Staff ID", "Status", "Invited (UTC)", "Emailed (UTC)", "Decided (UTC)",
                "Name typed", "Decline reason", "Email problem", "Document", "Document SHA-256", "IP address", "Browser",
                "Chain entry", "Chain entry hash", "Exemption", "Exemption reason", "Exempted (UTC)", "Reminders sent", "Last reminder (UTC)",
            ]);
            foreach (var row in status.People)
            {
                var evidence = row.Evidence;
                csv.WriteRecord(
                [
                    row.SchoolName, row.Name, row.Email, Time(row.EmailChangedUtc), row.Group, row.StaffId ?? "", StatusText(row.Status),
                    Time(row.InvitedUtc), Time(row.EmailedUtc), Time(row.DecidedUtc),
                    row.TypedName ?? "", row.DeclineReason ?? "", row.EmailProblem ?? "",
                    evidence?.DocumentFile ?? "", evidence?.DocumentSha256 ?? "", evidence?.IpAddress ?? "", evidence?.UserAgent ?? "",
                    evidence?.ChainSequence?.ToString(CultureInfo.InvariantCulture) ?? "", evidence?.ChainEntryHash ?? "",
                    row.Exemption?.Kind ?? "", row.Exemption?.Reason ?? "", Time(row.Exemption?.AtUtc),
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
        left = status.Count(PersonStatus.Left),
        excused = status.Count(PersonStatus.Excused),
    };

    /// <summary>The round and its people as JSON, with each decision's evidence.</summary>
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
            emailCorrectedUtc = p.EmailChangedUtc,
            group = p.Group,
            staffId = p.StaffId,
            status = StatusText(p.Status),
            invitedUtc = p.InvitedUtc,
            emailedUtc = p.EmailedUtc,
            decidedUtc = p.DecidedUtc,
            nameTyped = p.TypedName,
            declineReason = p.DeclineReason,
            emailProblem = p.EmailProblem,
            evidence = p.Evidence is { } e ? new
            {
                documentFile = e.DocumentFile,
                documentSha256 = e.DocumentSha256,
                decidedUtc = p.DecidedUtc,
                ipAddress = e.IpAddress,
                userAgent = e.UserAgent,
                chainSequence = e.ChainSequence,
                chainEntryHash = e.ChainEntryHash,
            } : null,
            exemption = p.Exemption is { } x ? new { kind = x.Kind, reason = x.Reason, atUtc = x.AtUtc } : null,
            remindersSent = p.RemindersSent,
            lastReminderUtc = p.LastReminderUtc,
        }),
    }, Indented);

    /// <summary>A status as the downloads and their <c>status</c> filter write it.</summary>
    public static string StatusText(PersonStatus status) => status switch
    {
        PersonStatus.Queued => "waiting to send",
        PersonStatus.Outstanding => "outstanding",
        PersonStatus.Signed => "signed",
        PersonStatus.Declined => "declined",
        PersonStatus.Expired => "expired",
        PersonStatus.EmailFailed => "email failed",
        PersonStatus.Left => "left",
        PersonStatus.Excused => "excused",
        _ => status.ToString(),
    };

    private static string Time(DateTimeOffset? time) => time?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? "";
}
