using PolicyKit.SignOff.Chasing;
using PolicyKit.SignOff.Rounds;
using PolicyKit.SignOff.Storage;
using PolicyKit.Tests.Support;

namespace PolicyKit.Tests.SignOff.Chasing;

/// <summary>The chase against real storage (Azurite) with a fake clock: who is reminded, and that each step is queued once.</summary>
[Collection(LocalServicesCollection.Name)]
public sealed class ReminderChaseTests(LocalServicesFixture services)
{
    // Monday 4 January 2027, 10:00 UK time (GMT).
    private static readonly DateTimeOffset Monday = new(2027, 1, 4, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Only_people_emailed_who_have_not_signed_declined_or_been_exempted_are_reminded_at_their_corrected_address()
    {
        var chase = new ChaseStore(services, Monday);
        await chase.WriteRoundAsync(new DateOnly(2027, 1, 29), "oak");
        await chase.InviteAsync("oak", "waiting");
        await chase.InviteAsync("oak", "moved", new MailState { State = MailState.Sent, SentUtc = Monday, Email = "new@school.example" });
        foreach (var person in new[] { "signed", "declined", "left", "excused" })
        {
            await chase.InviteAsync("oak", person);
        }

        await chase.InviteAsync("oak", "bounced", new MailState { State = MailState.Failed, Error = "refused" });
        await chase.InviteAsync("oak", "queued", new MailState());
        await chase.MarkAsync(BlobNames.Decision(ChaseStore.Round, "oak", "signed"));
        await chase.MarkAsync(BlobNames.Decision(ChaseStore.Round, "oak", "declined"));
        await chase.MarkAsync(BlobNames.Exemption(ChaseStore.Round, "oak", "left"));
        await chase.MarkAsync(BlobNames.Exemption(ChaseStore.Round, "oak", "excused"));

        chase.Clock.Advance(TimeSpan.FromDays(2));
        Assert.Equal(0, (await chase.NewChase().ChaseAsync(chase.Clock.GetUtcNow(), null, CancellationToken.None)).RemindersQueued);
        chase.Clock.Advance(TimeSpan.FromDays(1));
        var run = await chase.NewChase().ChaseAsync(chase.Clock.GetUtcNow(), null, CancellationToken.None);

        Assert.Equal(2, run.RemindersQueued);
        Assert.Equal(["oak/moved/1.json", "oak/waiting/1.json"], await chase.RemindersAsync());
        var moved = await chase.Store.ReadMetadataAsync(BlobNames.Reminder(ChaseStore.Round, "oak", "moved", "1"), CancellationToken.None);
        Assert.Equal("new@school.example", MailState.From(moved!).Email);
        Assert.Equal(MailState.Pending, MailState.From(moved!).State);
    }

    [Fact]
    public async Task A_repeated_run_queues_nothing_more_and_two_runs_at_once_queue_each_step_once()
    {
        var chase = new ChaseStore(services, Monday);
        await chase.WriteRoundAsync(new DateOnly(2027, 1, 29), "oak");
        for (var i = 0; i < 20; i++)
        {
            await chase.InviteAsync("oak", $"p{i}");
        }

        chase.Clock.Advance(TimeSpan.FromDays(3));
        var runs = await Task.WhenAll(chase.NewChase().ChaseAsync(chase.Clock.GetUtcNow(), null, CancellationToken.None), chase.NewChase().ChaseAsync(chase.Clock.GetUtcNow(), null, CancellationToken.None));
        var again = await chase.NewChase().ChaseAsync(chase.Clock.GetUtcNow(), null, CancellationToken.None);

        Assert.Equal(20, runs.Sum(r => r.RemindersQueued));
        Assert.Equal(0, again.RemindersQueued);
        Assert.Equal(20, (await chase.RemindersAsync()).Count);
    }

    [Fact]
    public async Task After_a_missed_week_each_person_gets_one_reminder_not_the_backlog()
    {
        var chase = new ChaseStore(services, Monday);
        await chase.WriteRoundAsync(new DateOnly(2027, 2, 26), "oak");
        await chase.InviteAsync("oak", "p1");

        // Steps 1 and 2 fell on the 7th and 10th while the service was down; it comes back on the 12th.
        chase.Clock.Advance(TimeSpan.FromDays(8));
        await chase.NewChase().ChaseAsync(chase.Clock.GetUtcNow(), null, CancellationToken.None);
        chase.Clock.Advance(TimeSpan.FromHours(3));
        await chase.NewChase().ChaseAsync(chase.Clock.GetUtcNow(), null, CancellationToken.None);

        Assert.Equal(["oak/p1/2.json"], await chase.RemindersAsync());
    }

    [Fact]
    public async Task After_the_deadline_there_are_no_reminders_and_each_school_gets_one_summary_of_who_is_outstanding()
    {
        var chase = new ChaseStore(services, Monday);
        await chase.WriteRoundAsync(new DateOnly(2027, 1, 15), "oak", "elm");
        await chase.InviteAsync("oak", "waiting");
        await chase.InviteAsync("oak", "signed");
        await chase.InviteAsync("elm", "excused");
        await chase.MarkAsync(BlobNames.Decision(ChaseStore.Round, "oak", "signed"));
        await chase.MarkAsync(BlobNames.Exemption(ChaseStore.Round, "elm", "excused"));

        chase.Clock.Advance(TimeSpan.FromDays(12));
        var first = await chase.NewChase().ChaseAsync(chase.Clock.GetUtcNow(), null, CancellationToken.None);
        var second = await chase.NewChase().ChaseAsync(chase.Clock.GetUtcNow(), null, CancellationToken.None);

        Assert.Equal((0, 2), (first.RemindersQueued, first.NoticesQueued));
        Assert.Equal((0, 0), (second.RemindersQueued, second.NoticesQueued));
        Assert.Empty(await chase.RemindersAsync());
        var oak = await RecordJson.ReadAsync<NoticeRecord>(chase.Store, BlobNames.Notice(ChaseStore.Round, "oak", NoticeRecord.AfterDeadlineName), CancellationToken.None);
        var elm = await RecordJson.ReadAsync<NoticeRecord>(chase.Store, BlobNames.Notice(ChaseStore.Round, "elm", NoticeRecord.AfterDeadlineName), CancellationToken.None);
        Assert.Equal("Person waiting", Assert.Single(oak!.People).Name);
        Assert.Empty(elm!.People);
    }

    [Fact]
    public async Task The_chase_runs_when_the_schedule_names_a_time_since_the_last_run_and_not_again_until_the_next()
    {
        var chase = new ChaseStore(services, Monday);
        await chase.WriteRoundAsync(new DateOnly(2027, 1, 29), "oak");
        await chase.InviteAsync("oak", "p1");
        var service = chase.NewChase();

        Assert.False((await service.RunIfDueAsync(null, CancellationToken.None)).Ran);
        chase.Clock.Advance(TimeSpan.FromHours(22.5));
        Assert.False((await service.RunIfDueAsync(null, CancellationToken.None)).Ran);
        chase.Clock.Advance(TimeSpan.FromDays(2) + TimeSpan.FromMinutes(45));
        var run = await service.RunIfDueAsync(null, CancellationToken.None);
        var rerun = await chase.NewChase().RunIfDueAsync(null, CancellationToken.None);

        Assert.True(run.Ran);
        Assert.Equal(1, run.RemindersQueued);
        Assert.False(rerun.Ran);
        Assert.Equal(new DateTimeOffset(2027, 1, 8, 9, 0, 0, TimeSpan.Zero), await service.NextRunAsync(CancellationToken.None));
    }
}
