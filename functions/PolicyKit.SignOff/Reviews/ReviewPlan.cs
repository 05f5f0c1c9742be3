using System.Globalization;

namespace PolicyKit.SignOff.Reviews;

/// <summary>
/// Which review reminder, if any, is due, in UK calendar days. Step "before-N" falls N days before the review date;
/// once the date has passed, "overdue-1" falls the day after it and "overdue-K" every
/// <see cref="ReviewReminderRules.OverdueEveryDays"/> days from then. Only the latest step whose date has come is ever
/// due: a run missed for a week sends one reminder, not the backlog, and the steps it passed over are never sent.
/// </summary>
internal static class ReviewPlan
{
    private const string BeforePrefix = "before-";
    private const string OverduePrefix = "overdue-";

    /// <param name="taken">Steps already recorded for this recipient and this review date: never due again.</param>
    /// <returns>The step to send on <paramref name="today"/>, or null.</returns>
    public static string? Due(ReviewReminderRules rules, DateOnly reviewDate, DateOnly today, IReadOnlySet<string> taken)
    {
        var latest = Latest(rules, reviewDate, today);
        return latest is not null && !taken.Contains(latest) ? latest : null;
    }

    /// <summary>The latest step whose date has come by <paramref name="today"/>, whether sent or not.</summary>
    public static string? Latest(ReviewReminderRules rules, DateOnly reviewDate, DateOnly today)
    {
        var daysLeft = reviewDate.DayNumber - today.DayNumber;
        if (daysLeft < 0)
        {
            var every = Math.Max(1, rules.OverdueEveryDays);
            return OverduePrefix + (((-daysLeft - 1) / every) + 1).ToString(CultureInfo.InvariantCulture);
        }

        // The nearest threshold that has been reached: with 20 days left of [60, 30, 7], that is 30.
        var reached = rules.BeforeDays.Where(d => d >= daysLeft).DefaultIfEmpty(-1).Min();
        return reached < 0 ? null : BeforePrefix + reached.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The UK date the next reminder falls for this review date: today when today's step has not been recorded yet,
    /// else the next step's date. Runs follow the reminder schedule, so it goes at the first run on or after that date.
    /// </summary>
    public static DateOnly NextDate(ReviewReminderRules rules, DateOnly reviewDate, DateOnly today, IReadOnlySet<string> taken)
    {
        if (Latest(rules, reviewDate, today) is { } latest && !taken.Contains(latest))
        {
            return today;
        }

        var daysLeft = reviewDate.DayNumber - today.DayNumber;
        var before = rules.BeforeDays.Where(d => d < daysLeft).DefaultIfEmpty(-1).Max();
        if (before >= 0)
        {
            return reviewDate.AddDays(-before);
        }

        // Overdue steps fall on the day after the review date and every OverdueEveryDays from then.
        var every = Math.Max(1, rules.OverdueEveryDays);
        var firstOverdue = reviewDate.AddDays(1);
        return today < firstOverdue ? firstOverdue : firstOverdue.AddDays((((today.DayNumber - firstOverdue.DayNumber) / every) + 1) * every);
    }
}
