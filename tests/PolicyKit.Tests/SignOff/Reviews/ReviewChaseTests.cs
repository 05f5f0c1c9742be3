using PolicyKit.SignOff.Publishing;
using PolicyKit.SignOff.Reviews;
using PolicyKit.SignOff.Rounds;
using PolicyKit.SignOff.Storage;
using PolicyKit.Tests.Support;

namespace PolicyKit.Tests.SignOff.Reviews;

/// <summary>
/// Review reminders queued against real storage (Azurite) with a fake clock: each threshold once to the owner and the
/// clerk, weekly once overdue, and once only however the runs fall (repeated, concurrent, missed, across a clock change).
/// </summary>
[Collection(LocalServicesCollection.Name)]
public sealed class ReviewChaseTests(LocalServicesFixture services)
{
    // Wednesday 30 June 2027 (BST); the runs below go at 09:00 UK time, 08:00 UTC.
    private static readonly DateOnly ReviewDate = new(2027, 6, 30);

    [Fact]
    public async Task Each_threshold_and_each_overdue_week_reminds_the_owner_and_the_clerk_once_on_its_day()
    {
        var reviews = new ReviewStore(services, At(new DateOnly(2027, 4, 1)));
        await reviews.PublishAsync(ReviewDate);

        // A run every morning from 1 April to 20 July, and a second one each afternoon.
        var queuedOn = new List<(DateOnly Day, int Count)>();
        for (var day = new DateOnly(2027, 4, 1); day <= new DateOnly(2027, 7, 20); day = day.AddDays(1))
        {
            reviews.MoveTo(At(day));
            var morning = await reviews.RunAsync();
            reviews.Clock.Advance(TimeSpan.FromHours(6));
            Assert.Equal(0, await reviews.RunAsync());
            if (morning > 0)
            {
                queuedOn.Add((day, morning));
            }
        }

        Assert.Equal(
            [(new DateOnly(2027, 5, 1), 2), (new DateOnly(2027, 5, 31), 2), (new DateOnly(2027, 6, 23), 2), (new DateOnly(2027, 7, 1), 2), (new DateOnly(2027, 7, 8), 2), (new DateOnly(2027, 7, 15), 2)],
            queuedOn);
        Assert.Equal(
            new[] { "before-30", "before-60", "before-7", "overdue-1", "overdue-2", "overdue-3" }.SelectMany(s => new[] { $"2027-06-30/clerk/{s}", $"2027-06-30/owner/{s}" }).Order(StringComparer.Ordinal),
            await reviews.RemindersAsync());

        var toClerk = await reviews.ReadAsync("2027-06-30/clerk/before-30");
        Assert.Equal(("Cal Clerk", "clerk@oak.example", "Olive Owner", "Acceptable use"), (toClerk!.Name, toClerk.Email, toClerk.OwnerName, toClerk.Title));
        var pending = await reviews.Store.ReadMetadataAsync(BlobNames.ReviewReminder(ReviewStore.School, ReviewStore.Policy, ReviewDate, "owner", "before-30"), CancellationToken.None);
        Assert.Equal(MailState.Pending, MailState.From(pending!).State);
    }

    [Fact]
    public async Task A_repeated_run_queues_nothing_more_and_two_runs_at_once_queue_each_reminder_once()
    {
        var reviews = new ReviewStore(services, At(ReviewDate.AddDays(-30)));
        await reviews.PublishAsync(ReviewDate);

        var together = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => reviews.RunAsync()));
        var again = await reviews.RunAsync();

        Assert.Equal(2, together.Sum());
        Assert.Equal(0, again);
        Assert.Equal(["2027-06-30/clerk/before-30", "2027-06-30/owner/before-30"], await reviews.RemindersAsync());
    }

    [Fact]
    public async Task After_missed_weeks_only_the_latest_threshold_is_sent_and_the_ones_passed_over_never_are()
    {
        var reviews = new ReviewStore(services, At(ReviewDate.AddDays(-61)));
        await reviews.PublishAsync(ReviewDate);
        Assert.Equal(0, await reviews.RunAsync());

        // The service is down from 61 days before until 5 days before: the 60- and 30-day reminders fall in the gap.
        reviews.MoveTo(At(ReviewDate.AddDays(-5)));
        Assert.Equal(2, await reviews.RunAsync());
        reviews.MoveTo(At(ReviewDate.AddDays(-1)));
        Assert.Equal(0, await reviews.RunAsync());

        // Down again for three overdue weeks: one overdue reminder, the third week's.
        reviews.MoveTo(At(ReviewDate.AddDays(20)));
        Assert.Equal(2, await reviews.RunAsync());

        Assert.Equal(
            ["2027-06-30/clerk/before-7", "2027-06-30/clerk/overdue-3", "2027-06-30/owner/before-7", "2027-06-30/owner/overdue-3"],
            await reviews.RemindersAsync());
    }

    [Fact]
    public async Task Days_are_counted_in_UK_time_and_the_09_00_run_follows_the_clock_change()
    {
        // Review on Monday 5 April 2027: the 7-day reminder falls on Monday 29 March, the day after the clocks go forward.
        var review = new DateOnly(2027, 4, 5);
        var reviews = new ReviewStore(services, new DateTimeOffset(2027, 3, 26, 10, 0, 0, TimeSpan.Zero));
        await reviews.PublishAsync(review);
        var chase = reviews.NewScheduledChase("0 9 * * 1-5");
        Assert.False((await chase.RunIfDueAsync(null, CancellationToken.None)).Ran);

        // 07:55 UTC is 08:55 BST: not yet the 09:00 run (in GMT it would have been 09:00 UTC, an hour later still).
        reviews.MoveTo(new DateTimeOffset(2027, 3, 29, 7, 55, 0, TimeSpan.Zero));
        Assert.False((await chase.RunIfDueAsync(null, CancellationToken.None)).Ran);
        reviews.MoveTo(new DateTimeOffset(2027, 3, 29, 8, 1, 0, TimeSpan.Zero));
        var run = await chase.RunIfDueAsync(null, CancellationToken.None);

        Assert.True(run.Ran);
        Assert.Equal(2, run.ReviewRemindersQueued);
        Assert.Equal(["2027-04-05/clerk/before-7", "2027-04-05/owner/before-7"], await reviews.RemindersAsync());

        // A run at 23:30 UTC on 5 April is already 00:30 BST on the 6th: the review is overdue there, not in UTC.
        var late = new ReviewStore(services, new DateTimeOffset(2027, 4, 5, 23, 30, 0, TimeSpan.Zero));
        await late.PublishAsync(review);
        Assert.Equal(2, await late.RunAsync());
        Assert.Equal(["2027-04-05/clerk/overdue-1", "2027-04-05/owner/overdue-1"], await late.RemindersAsync());
        late.MoveTo(new DateTimeOffset(2027, 4, 5, 22, 30, 0, TimeSpan.Zero).AddDays(7));
        Assert.Equal(0, await late.RunAsync());
        late.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(2, await late.RunAsync());
    }

    [Fact]
    public async Task A_review_date_that_moves_starts_a_fresh_set_of_thresholds()
    {
        var reviews = new ReviewStore(services, At(ReviewDate.AddDays(-7)));
        await reviews.PublishAsync(ReviewDate);
        Assert.Equal(2, await reviews.RunAsync());

        // A new version is ratified and published with its review a year on: nothing more about the old date.
        var next = ReviewDate.AddYears(1);
        await reviews.PublishAsync(next);
        reviews.MoveTo(At(ReviewDate.AddDays(1)));
        Assert.Equal(0, await reviews.RunAsync());
        reviews.MoveTo(At(next.AddDays(-60)));
        Assert.Equal(2, await reviews.RunAsync());

        Assert.Equal(
            ["2027-06-30/clerk/before-7", "2027-06-30/owner/before-7", "2028-06-30/clerk/before-60", "2028-06-30/owner/before-60"],
            await reviews.RemindersAsync());
    }

    [Fact]
    public async Task An_owner_who_is_also_the_clerk_gets_one_email_and_an_owner_without_an_address_leaves_the_clerk_reminded()
    {
        var same = new ReviewStore(services, At(ReviewDate.AddDays(-30)));
        await same.PublishAsync(ReviewDate, clerk: ReviewStore.Owner with { Email = " OWNER@oak.example" });
        Assert.Equal(1, await same.RunAsync());
        Assert.Equal(["2027-06-30/owner/before-30"], await same.RemindersAsync());

        var nobody = new ReviewStore(services, At(ReviewDate.AddDays(-30)));
        await nobody.PublishAsync(ReviewDate, owner: new SchoolContact("IT provider", null, null));
        Assert.Equal(1, await nobody.RunAsync());
        Assert.Equal(["2027-06-30/clerk/before-30"], await nobody.RemindersAsync());
    }

    /// <summary>09:00 UK time on <paramref name="day"/> (BST from late March to late October).</summary>
    private static DateTimeOffset At(DateOnly day)
    {
        var local = day.ToDateTime(new TimeOnly(9, 0));
        return new DateTimeOffset(local, PolicyKit.SignOff.Mail.UkTime.Zone.GetUtcOffset(local)).ToUniversalTime();
    }
}
