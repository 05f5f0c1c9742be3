using Microsoft.Extensions.Logging;
using PolicyKit.SignOff.Reviews;
using PolicyKit.SignOff.Rounds;
using PolicyKit.SignOff.Storage;

namespace PolicyKit.SignOff.Chasing;

/// <summary>
/// Runs the chase when the reminder schedule says a run is due since the last one: queues each reminder step that
/// has come, once a round's sign-by date has passed each school's summary for its business manager, and each review
/// reminder due to a policy's owner or the clerk to governors (<see cref="ReviewChase"/>), and a chair's reminder of a
/// ratification waiting for their decision (<see cref="Ratification.RatificationReminders"/>). The last
/// run is recorded in a blob (changed with If-Match) after the run finishes, so a service that restarts or runs on
/// several instances neither skips a run nor repeats one; a run cut short is finished on the next tick, and the
/// create-only records stop anything being queued twice. The caller (the mail dispatcher) holds the dispatch lease.
/// </summary>
internal sealed class ReminderChase(SignOffStore store, ImmutableRecords records, SignOffOptions options, ReviewChase reviews, TimeProvider time, ILogger<ReminderChase> logger,
    Ratification.RatificationReminders? ratifications = null)
{
    public ChaseSchedule Schedule { get; } = ChaseSchedule.Parse(options.ReminderSchedule);

    /// <summary>When the next scheduled chase is, for the dashboard.</summary>
    public async Task<DateTimeOffset?> NextRunAsync(CancellationToken cancellationToken)
    {
        var last = await ReadLastRunAsync(cancellationToken).ConfigureAwait(false);
        var next = Schedule.NextAfter(last?.Record.LastRunUtc ?? time.GetUtcNow());
        var now = time.GetUtcNow();
        return next < now ? now : next;
    }

    /// <param name="queued">Called with each reminder as it is recorded (pending), to send it at once; may be null.</param>
    public async Task<ChaseRun> RunIfDueAsync(Func<RoundDefinition, BlobListing, CancellationToken, ValueTask>? queued, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var last = await ReadLastRunAsync(cancellationToken).ConfigureAwait(false);
        if (last is null)
        {
            // The schedule counts from the service's first run, so a new deployment does not chase at an odd hour.
            await store.TryReplaceAsync(BlobNames.ChaseLastRun, RecordJson.Serialize(new ChaseLastRun(now)), RecordJson.ContentType, null, cancellationToken).ConfigureAwait(false);
            return ChaseRun.NotDue;
        }

        if (!Schedule.IsDue(last.Value.Record.LastRunUtc, now))
        {
            return ChaseRun.NotDue;
        }

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var run = await ChaseAsync(now, queued, cancellationToken).ConfigureAwait(false);
        if (await store.TryReplaceAsync(BlobNames.ChaseLastRun, RecordJson.Serialize(new ChaseLastRun(now)), RecordJson.ContentType, last.Value.ETag, cancellationToken).ConfigureAwait(false) is null)
        {
            logger.LogWarning("The reminder chase's last run changed while this run was under way (another instance after a lapsed lease?).");
        }

        logger.LogInformation("Reminder chase: {Reminders} reminders, {Notices} business-manager notices and {Reviews} review reminders queued in {Seconds:F1} s", run.RemindersQueued, run.NoticesQueued, run.ReviewRemindersQueued, clock.Elapsed.TotalSeconds);
        return run;
    }

    /// <summary>Queues whatever is due at <paramref name="now"/> in every round and every review, whatever the schedule says.</summary>
    /// <param name="queued">Called with each reminder as it is recorded (pending), to send it at once; may be null.</param>
    public async Task<ChaseRun> ChaseAsync(DateTimeOffset now, Func<RoundDefinition, BlobListing, CancellationToken, ValueTask>? queued, CancellationToken cancellationToken)
    {
        int reminders = 0, notices = 0;
        foreach (var id in await store.ListFoldersAsync(BlobNames.RoundsPrefix, cancellationToken).ConfigureAwait(false))
        {
            if (await records.ReadAsync<RoundDefinition>(BlobNames.Round(id), cancellationToken).ConfigureAwait(false) is not { } round
                || (round.Reminders is null && round.SignBy is null))
            {
                continue;
            }

            var (roundReminders, roundNotices) = await new RoundChase(store, records, options, round, now).QueueAsync(queued, cancellationToken).ConfigureAwait(false);
            reminders += roundReminders;
            notices += roundNotices;
        }

        var reviewReminders = await reviews.QueueAsync(now, cancellationToken).ConfigureAwait(false);
        // A chair's reminder goes out with the next mail run's ratification emails (they are listed after the chase).
        var chairReminders = ratifications is null ? 0 : await ratifications.QueueAsync(now, cancellationToken).ConfigureAwait(false);
        if (chairReminders > 0)
        {
            logger.LogInformation("Reminder chase: {Chairs} chairs reminded of a ratification waiting for their decision", chairReminders);
        }

        return new ChaseRun(true, reminders, notices, reviewReminders);
    }

    private async Task<(ChaseLastRun Record, Azure.ETag ETag)?> ReadLastRunAsync(CancellationToken cancellationToken) =>
        await store.ReadAsync(BlobNames.ChaseLastRun, cancellationToken).ConfigureAwait(false) is { } blob
            ? (RecordJson.Deserialize<ChaseLastRun>(blob.Content, blob.Name), blob.ETag)
            : null;
}
