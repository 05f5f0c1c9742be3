using PolicyKit.SignOff.Chasing;
using PolicyKit.SignOff.Rounds;

namespace PolicyKit.Tests.SignOff.Chasing;

public sealed class ReminderPlanTests
{
    private static readonly ReminderSchedule Defaults = new();
    private static readonly DateOnly Invited = new(2027, 1, 4);
    private static readonly HashSet<string> NoneTaken = [];

    [Fact]
    public void The_first_reminder_is_due_after_FirstAfterDays_then_every_EveryDays_at_most_MaxReminders()
    {
        var schedule = new ReminderSchedule { FirstAfterDays = 3, EveryDays = 3, MaxReminders = 3, FinalDaysBeforeDeadline = 0 };

        Assert.Null(ReminderPlan.Due(schedule, null, Invited, Invited.AddDays(2), NoneTaken));
        Assert.Equal("1", ReminderPlan.Due(schedule, null, Invited, Invited.AddDays(3), NoneTaken));
        Assert.Null(ReminderPlan.Due(schedule, null, Invited, Invited.AddDays(5), new HashSet<string> { "1" }));
        Assert.Equal("2", ReminderPlan.Due(schedule, null, Invited, Invited.AddDays(6), new HashSet<string> { "1" }));
        Assert.Equal("3", ReminderPlan.Due(schedule, null, Invited, Invited.AddDays(9), new HashSet<string> { "1", "2" }));
        Assert.Null(ReminderPlan.Due(schedule, null, Invited, Invited.AddDays(30), new HashSet<string> { "1", "2", "3" }));
        Assert.Equal(["1", "2", "3"], ReminderPlan.Steps(schedule, null, Invited).Select(s => s.Step));
    }

    [Fact]
    public void The_final_reminder_falls_FinalDaysBeforeDeadline_before_the_sign_by_date_and_is_the_last()
    {
        // Invited Monday 4 January, sign by Friday 15: steps on the 7th and 10th, the final on the 13th; the third
        // numbered step would fall on the 13th too, so it gives way to the final one.
        var steps = ReminderPlan.Steps(Defaults, new DateOnly(2027, 1, 15), Invited);

        Assert.Equal(
            [("1", new DateOnly(2027, 1, 7)), ("2", new DateOnly(2027, 1, 10)), (ReminderPlan.FinalStep, new DateOnly(2027, 1, 13))],
            steps);
        Assert.Equal(ReminderPlan.FinalStep, ReminderPlan.Due(Defaults, new DateOnly(2027, 1, 15), Invited, new DateOnly(2027, 1, 13), new HashSet<string> { "1", "2" }));
    }

    [Fact]
    public void The_final_reminder_comes_on_top_of_every_numbered_one_when_the_deadline_is_far_off()
    {
        var steps = ReminderPlan.Steps(Defaults, new DateOnly(2027, 2, 26), Invited);

        Assert.Equal(["1", "2", "3", ReminderPlan.FinalStep], steps.Select(s => s.Step));
        Assert.Equal(new DateOnly(2027, 2, 24), steps[^1].Due);
    }

    [Fact]
    public void Nothing_is_due_after_the_deadline()
    {
        var signBy = new DateOnly(2027, 1, 15);

        Assert.Equal(ReminderPlan.FinalStep, ReminderPlan.Due(Defaults, signBy, Invited, signBy, NoneTaken));
        Assert.Null(ReminderPlan.Due(Defaults, signBy, Invited, signBy.AddDays(1), NoneTaken));
        Assert.Null(ReminderPlan.Due(Defaults, signBy, Invited, signBy.AddDays(20), NoneTaken));
    }

    [Fact]
    public void A_missed_week_catches_up_with_one_reminder_the_latest_step_and_never_the_ones_passed_over()
    {
        var signBy = new DateOnly(2027, 1, 29);
        var afterOutage = new DateOnly(2027, 1, 13);

        Assert.Equal("3", ReminderPlan.Due(Defaults, signBy, Invited, afterOutage, NoneTaken));
        Assert.Null(ReminderPlan.Due(Defaults, signBy, Invited, afterOutage, new HashSet<string> { "3" }));
        Assert.Null(ReminderPlan.Due(Defaults, signBy, Invited, afterOutage.AddDays(2), new HashSet<string> { "3" }));
    }

    [Fact]
    public void A_person_invited_too_close_to_the_deadline_gets_no_final_reminder_on_the_day_of_the_invitation()
    {
        Assert.Empty(ReminderPlan.Steps(Defaults, Invited.AddDays(2), Invited));
        Assert.Null(ReminderPlan.Due(Defaults, Invited.AddDays(2), Invited, Invited, NoneTaken));
    }

    [Fact]
    public void No_reminders_means_none_are_due()
    {
        var schedule = new ReminderSchedule { MaxReminders = 0, FinalDaysBeforeDeadline = 0 };

        Assert.Null(ReminderPlan.Due(schedule, new DateOnly(2027, 1, 29), Invited, new DateOnly(2027, 1, 20), NoneTaken));
    }
}
