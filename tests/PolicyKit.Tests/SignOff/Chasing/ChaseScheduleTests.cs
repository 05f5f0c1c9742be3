using PolicyKit.SignOff;
using PolicyKit.SignOff.Chasing;
using PolicyKit.SignOff.Mail;

namespace PolicyKit.Tests.SignOff.Chasing;

public sealed class ChaseScheduleTests
{
    private static readonly ChaseSchedule Weekdays = ChaseSchedule.Parse(ChaseSchedule.Default);

    [Fact]
    public void Nine_oclock_stays_nine_oclock_UK_time_across_the_October_clock_change()
    {
        // BST ends at 01:00 UTC on Sunday 25 October 2026.
        var friday = Weekdays.NextAfter(new DateTimeOffset(2026, 10, 22, 12, 0, 0, TimeSpan.Zero));
        var monday = Weekdays.NextAfter(friday!.Value);

        Assert.Equal(new DateTimeOffset(2026, 10, 23, 8, 0, 0, TimeSpan.Zero), friday);
        Assert.Equal(new DateTimeOffset(2026, 10, 26, 9, 0, 0, TimeSpan.Zero), monday);
    }

    [Fact]
    public void Nine_oclock_stays_nine_oclock_UK_time_across_the_March_clock_change()
    {
        // BST starts at 01:00 UTC on Sunday 29 March 2026.
        var friday = Weekdays.NextAfter(new DateTimeOffset(2026, 3, 26, 12, 0, 0, TimeSpan.Zero));
        var monday = Weekdays.NextAfter(friday!.Value);

        Assert.Equal(new DateTimeOffset(2026, 3, 27, 9, 0, 0, TimeSpan.Zero), friday);
        Assert.Equal(new DateTimeOffset(2026, 3, 30, 8, 0, 0, TimeSpan.Zero), monday);
    }

    [Fact]
    public void A_run_is_due_once_the_schedule_has_named_a_time_since_the_last_run()
    {
        var lastRun = new DateTimeOffset(2027, 1, 4, 9, 0, 30, TimeSpan.Zero);

        Assert.False(Weekdays.IsDue(lastRun, lastRun.AddMinutes(10)));
        Assert.False(Weekdays.IsDue(lastRun, new DateTimeOffset(2027, 1, 5, 8, 59, 0, TimeSpan.Zero)));
        Assert.True(Weekdays.IsDue(lastRun, new DateTimeOffset(2027, 1, 5, 9, 0, 0, TimeSpan.Zero)));
        Assert.False(Weekdays.IsDue(new DateTimeOffset(2027, 1, 8, 9, 1, 0, TimeSpan.Zero), new DateTimeOffset(2027, 1, 10, 12, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Days_are_counted_in_UK_dates_not_UTC_dates()
    {
        // 23:30 UTC on 1 July is 00:30 on 2 July in London.
        Assert.Equal(new DateOnly(2027, 7, 2), UkTime.DateOf(new DateTimeOffset(2027, 7, 1, 23, 30, 0, TimeSpan.Zero)));
        Assert.Equal(new DateOnly(2027, 1, 1), UkTime.DateOf(new DateTimeOffset(2027, 1, 1, 23, 30, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void A_schedule_that_is_not_cron_is_refused_with_what_to_write()
    {
        var problem = Assert.Throws<SignOffException>(() => ChaseSchedule.Parse("every weekday at nine")).Message;

        Assert.Contains("SignOff:ReminderSchedule", problem);
        Assert.Contains("'0 9 * * 1-5'", problem);
        var options = new SignOffOptions { PublicBaseUrl = new Uri("https://p.example/"), ReminderSchedule = "61 9 * * *" };
        Assert.Contains("'61 9 * * *'", Assert.Single(options.Validate()));
    }
}
