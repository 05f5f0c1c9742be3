using PolicyKit.SignOff.Rounds;

namespace PolicyKit.SignOff.Chasing;

/// <summary>
/// Which reminder, if any, one person is due, in UK calendar days. Steps "1", "2"… fall
/// <see cref="ReminderSchedule.FirstAfterDays"/> days after the invitation went, then every
/// <see cref="ReminderSchedule.EveryDays"/>; "final" falls <see cref="ReminderSchedule.FinalDaysBeforeDeadline"/> days
/// before the sign-by date and is the last one (numbered steps on or after its date are dropped, so nobody gets two
/// emails on one day). Only the latest step whose date has come is ever due: after an outage of a week a person gets
/// one reminder, not the backlog, and the steps it passed over are never sent.
/// </summary>
internal static class ReminderPlan
{
    public const string FinalStep = "final";

    /// <summary>Every step for a person invited on <paramref name="invitedOn"/>, in the order they fall due.</summary>
    public static IReadOnlyList<(string Step, DateOnly Due)> Steps(ReminderSchedule schedule, DateOnly? signBy, DateOnly invitedOn)
    {
        DateOnly? final = signBy is { } deadline && schedule.FinalDaysBeforeDeadline > 0 && deadline.AddDays(-schedule.FinalDaysBeforeDeadline) > invitedOn
            ? deadline.AddDays(-schedule.FinalDaysBeforeDeadline)
            : null;
        var steps = new List<(string Step, DateOnly Due)>();
        for (var number = 1; number <= schedule.MaxReminders; number++)
        {
            var due = invitedOn.AddDays(schedule.FirstAfterDays + ((number - 1) * schedule.EveryDays));
            if ((signBy is { } last && due > last) || (final is { } f && due >= f))
            {
                break;
            }

            steps.Add((number.ToString(System.Globalization.CultureInfo.InvariantCulture), due));
        }

        if (final is { } finalDue)
        {
            steps.Add((FinalStep, finalDue));
        }

        return steps;
    }

    /// <param name="taken">Steps already recorded for this person (sent, being sent, or failed): never due again.</param>
    /// <returns>The step to send now, or null.</returns>
    public static string? Due(ReminderSchedule schedule, DateOnly? signBy, DateOnly invitedOn, DateOnly today, IReadOnlySet<string> taken)
    {
        if (signBy is { } deadline && today > deadline)
        {
            return null;
        }

        var latest = Steps(schedule, signBy, invitedOn).LastOrDefault(s => s.Due <= today).Step;
        return latest is not null && !taken.Contains(latest) ? latest : null;
    }
}
