using System.Globalization;
using PolicyKit.SignOff;
using PolicyKit.SignOff.Chasing;
using PolicyKit.SignOff.Mail;

namespace PolicyKit.Tests.SignOff.Chasing;

public sealed class ChaseScheduleTests
{
    private static readonly ChaseSchedule Weekdays = ChaseSchedule.Parse(ChaseSchedule.Default);

    // BST ends at 01:00 UTC on Sunday 25 October 2026 and starts at 01:00 UTC on Sunday 29 March 2026.
    [Theory]
    [InlineData("2026-10-22T12:00:00Z", "2026-10-23T08:00:00Z", "2026-10-26T09:00:00Z")]
    [InlineData("2026-03-26T12:00:00Z", "2026-03-27T09:00:00Z", "2026-03-30T08:00:00Z")]
    public void Nine_oclock_stays_nine_oclock_UK_time_across_the_clock_changes(string thursday, string friday, string monday)
    {
        var fridayRun = Weekdays.NextAfter(DateTimeOffset.Parse(thursday, CultureInfo.InvariantCulture));
        var mondayRun = Weekdays.NextAfter(fridayRun!.Value);

        Assert.Equal(DateTimeOffset.Parse(friday, CultureInfo.InvariantCulture), fridayRun);
        Assert.Equal(DateTimeOffset.Parse(monday, CultureInfo.InvariantCulture), mondayRun);
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
        var options = new SignOffOptions { PublicBaseUrl = new Uri("https://p.example/"), ReminderSchedule = "61 9 * * *", RecordKey = new byte[32] };
        Assert.Contains("'61 9 * * *'", Assert.Single(options.Validate()));
    }
}
