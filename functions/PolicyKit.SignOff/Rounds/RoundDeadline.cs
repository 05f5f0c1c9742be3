using PolicyKit.SignOff.Mail;

namespace PolicyKit.SignOff.Rounds;

/// <summary>Checks a round's sign-by date and reminder settings, with messages that say what to change.</summary>
public static class RoundDeadline
{
    /// <summary>Days from the start to the default sign-by date.</summary>
    public const int DefaultDays = 14;
    /// <summary>The furthest a sign-by date may be from today.</summary>
    public const int MaxDays = 366;
    /// <summary>The most numbered reminders a round may send.</summary>
    public const int MaxReminders = 10;
    /// <summary>The most days any reminder setting may span.</summary>
    public const int MaxGapDays = 60;

    /// <summary>The default sign-by date for a round started on <paramref name="today"/> (UK).</summary>
    public static DateOnly DefaultSignBy(DateOnly today) => today.AddDays(DefaultDays);

    /// <exception cref="SignOffException">The date has passed or is too far off, or a reminder setting is out of range.</exception>
    public static (DateOnly SignBy, ReminderSchedule Reminders) Check(DateOnly? signBy, ReminderSchedule? reminders, DateTimeOffset now)
    {
        var today = UkTime.DateOf(now);
        var date = signBy ?? DefaultSignBy(today);
        var schedule = reminders ?? new ReminderSchedule();
        var problems = new List<string>();
        if (date < today)
        {
            problems.Add($"The sign-by date {UkTime.LongDate(date)} has already passed: choose today ({UkTime.LongDate(today)}) or a later date.");
        }
        else if (date > today.AddDays(MaxDays))
        {
            problems.Add($"The sign-by date {UkTime.LongDate(date)} is more than a year away: choose a date before {UkTime.LongDate(today.AddDays(MaxDays + 1))}.");
        }

        Range(problems, "The first reminder", schedule.FirstAfterDays, 1, MaxGapDays, "days after the invitation");
        Range(problems, "The days between reminders", schedule.EveryDays, 1, MaxGapDays, "days");
        Range(problems, "The number of reminders", schedule.MaxReminders, 0, MaxReminders, "");
        Range(problems, "The final reminder", schedule.FinalDaysBeforeDeadline, 0, MaxGapDays, "days before the sign-by date (0 for none)");
        if (problems.Count > 0)
        {
            throw new SignOffException(string.Join(" ", problems));
        }

        return (date, schedule);
    }

    private static void Range(List<string> problems, string what, int value, int min, int max, string unit)
    {
        if (value < min || value > max)
        {
            problems.Add($"{what} must be between {min} and {max}{(unit.Length > 0 ? " " + unit : "")} (it is {value}).");
        }
    }
}
