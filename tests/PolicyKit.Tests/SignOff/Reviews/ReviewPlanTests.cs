using PolicyKit.SignOff.Reviews;

namespace PolicyKit.Tests.SignOff.Reviews;

/// <summary>Which review reminder is due on a given UK date: each threshold, weekly once overdue, and only the latest after a gap.</summary>
public sealed class ReviewPlanTests
{
    private static readonly DateOnly Review = new(2027, 6, 30);
    private static readonly HashSet<string> NoneTaken = [];

    [Theory]
    [InlineData(61, null)]
    [InlineData(60, "before-60")]
    [InlineData(31, "before-60")]
    [InlineData(30, "before-30")]
    [InlineData(8, "before-30")]
    [InlineData(7, "before-7")]
    [InlineData(0, "before-7")]
    [InlineData(-1, "overdue-1")]
    [InlineData(-7, "overdue-1")]
    [InlineData(-8, "overdue-2")]
    [InlineData(-15, "overdue-3")]
    [InlineData(-365, "overdue-53")]
    public void The_latest_threshold_reached_is_the_step_for_the_day(int daysLeft, string? step) =>
        Assert.Equal(step, ReviewPlan.Latest(ReviewReminderRules.Default, Review, Review.AddDays(-daysLeft)));

    [Fact]
    public void Each_step_is_due_once_the_day_it_falls_and_never_again()
    {
        Assert.Equal("before-30", ReviewPlan.Due(ReviewReminderRules.Default, Review, Review.AddDays(-30), new HashSet<string> { "before-60" }));
        Assert.Null(ReviewPlan.Due(ReviewReminderRules.Default, Review, Review.AddDays(-29), new HashSet<string> { "before-60", "before-30" }));
        Assert.Equal("overdue-2", ReviewPlan.Due(ReviewReminderRules.Default, Review, Review.AddDays(8), new HashSet<string> { "overdue-1" }));
    }

    [Fact]
    public void After_a_missed_month_only_the_latest_threshold_is_due_and_the_ones_passed_over_never_are()
    {
        // Nothing ran between 70 and 5 days before: the 60- and 30-day reminders were missed, the 7-day one is due.
        Assert.Equal("before-7", ReviewPlan.Due(ReviewReminderRules.Default, Review, Review.AddDays(-5), NoneTaken));
        Assert.Null(ReviewPlan.Due(ReviewReminderRules.Default, Review, Review.AddDays(-4), new HashSet<string> { "before-7" }));
    }

    [Fact]
    public void A_trust_s_own_thresholds_and_overdue_interval_are_followed()
    {
        var rules = new ReviewReminderRules([90, 14, 0], 14);

        Assert.Null(ReviewPlan.Latest(rules, Review, Review.AddDays(-91)));
        Assert.Equal("before-90", ReviewPlan.Latest(rules, Review, Review.AddDays(-15)));
        Assert.Equal("before-14", ReviewPlan.Latest(rules, Review, Review.AddDays(-1)));
        Assert.Equal("before-0", ReviewPlan.Latest(rules, Review, Review));
        Assert.Equal("overdue-1", ReviewPlan.Latest(rules, Review, Review.AddDays(14)));
        Assert.Equal("overdue-2", ReviewPlan.Latest(rules, Review, Review.AddDays(15)));
    }

    [Fact]
    public void With_no_thresholds_before_the_date_reminders_start_when_it_is_overdue() =>
        Assert.Equal(
            [null, null, "overdue-1"],
            new[] { -60, 0, 1 }.Select(d => ReviewPlan.Latest(new ReviewReminderRules([], 7), Review, Review.AddDays(d))));

    [Fact]
    public void The_next_reminder_is_today_until_today_s_step_is_recorded_then_the_next_threshold_or_overdue_week()
    {
        Assert.Equal(Review.AddDays(-60), ReviewPlan.NextDate(ReviewReminderRules.Default, Review, Review.AddDays(-90), NoneTaken));
        Assert.Equal(Review.AddDays(-30), ReviewPlan.NextDate(ReviewReminderRules.Default, Review, Review.AddDays(-30), NoneTaken));
        Assert.Equal(Review.AddDays(-7), ReviewPlan.NextDate(ReviewReminderRules.Default, Review, Review.AddDays(-30), new HashSet<string> { "before-30" }));
        Assert.Equal(Review.AddDays(1), ReviewPlan.NextDate(ReviewReminderRules.Default, Review, Review.AddDays(-6), new HashSet<string> { "before-7" }));
        Assert.Equal(Review.AddDays(8), ReviewPlan.NextDate(ReviewReminderRules.Default, Review, Review.AddDays(3), new HashSet<string> { "overdue-1" }));
    }
}
