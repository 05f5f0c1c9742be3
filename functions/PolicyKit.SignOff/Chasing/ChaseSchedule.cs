using Cronos;
using PolicyKit.SignOff.Mail;

namespace PolicyKit.SignOff.Chasing;

/// <summary>
/// When reminders go out: a five-field cron expression read in UK local time, so "0 9 * * 1-5" is 09:00 on weekdays
/// in both GMT and BST (08:00 UTC in summer, 09:00 UTC in winter).
/// </summary>
internal sealed class ChaseSchedule
{
    public const string Default = "0 9 * * 1-5";

    private readonly CronExpression _cron;

    private ChaseSchedule(CronExpression cron, string text)
    {
        _cron = cron;
        Text = text;
    }

    public string Text { get; }

    /// <returns>The schedule, or null with <paramref name="problem"/> saying what to change.</returns>
    public static ChaseSchedule? TryParse(string? text, out string? problem)
    {
        problem = null;
        try
        {
            return new ChaseSchedule(CronExpression.Parse((text ?? "").Trim(), CronFormat.Standard), (text ?? "").Trim());
        }
        catch (CronFormatException ex)
        {
            problem = $"SignOff:ReminderSchedule must be a cron expression of five fields, minute hour day month weekday, read in UK time (it is '{text}': {ex.Message}). For 09:00 on weekdays use '{Default}'.";
            return null;
        }
    }

    public static ChaseSchedule Parse(string? text) => TryParse(text, out var problem) ?? throw new SignOffException(problem!);

    /// <summary>The first time the schedule names after <paramref name="instant"/>, or null if it names none.</summary>
    public DateTimeOffset? NextAfter(DateTimeOffset instant) => _cron.GetNextOccurrence(instant, UkTime.Zone);

    /// <summary>Whether the schedule named a time after the last run and no later than now.</summary>
    public bool IsDue(DateTimeOffset lastRun, DateTimeOffset now) => NextAfter(lastRun) is { } next && next <= now;
}
