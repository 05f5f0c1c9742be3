using Microsoft.Extensions.Logging;
using PolicyKit.SignOff.Mail;
using PolicyKit.SignOff.Publishing;
using PolicyKit.SignOff.Rounds;
using PolicyKit.SignOff.Storage;

namespace PolicyKit.SignOff.Reviews;

/// <summary>
/// Queues the review reminders due today (UK) for every published school: for each policy, its owner and the clerk
/// to governors each get the latest step of <see cref="ReviewPlan"/> they have not had for this review date. Records
/// are create-only, so a repeated run, or two instances running at once, queue each step once; the dispatcher sends
/// them. Part of the reminder chase, so it runs on the same schedule.
/// </summary>
internal sealed class ReviewChase(SignOffStore store, SignOffOptions options, ILogger<ReviewChase> logger)
{
    /// <returns>How many reminders this run queued (another instance's are not counted).</returns>
    public async Task<int> QueueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var today = UkTime.DateOf(now);
        var due = new List<(string Name, ReviewReminderRecord Record)>();
        foreach (var school in await store.ListFoldersAsync(BlobNames.ReviewsPrefix, cancellationToken).ConfigureAwait(false))
        {
            if (await RecordJson.ReadAsync<ReviewSchedule>(store, BlobNames.ReviewSchedule(school), cancellationToken).ConfigureAwait(false) is not { } schedule)
            {
                continue;
            }

            var taken = (await store.ListAsync(BlobNames.ReviewRemindersPrefix(school), cancellationToken).ConfigureAwait(false))
                .Select(r => BlobNames.ReviewReminderParts(r.Name))
                .ToLookup(p => (p.Policy, p.ReviewDate, p.Recipient), p => p.Step);
            foreach (var review in schedule.Policies)
            {
                foreach (var (recipient, contact) in Recipients(schedule, review))
                {
                    var steps = taken[(review.Policy, BlobNames.ReviewDate(review.NextReview), recipient)].ToHashSet(StringComparer.Ordinal);
                    if (ReviewPlan.Due(schedule.Rules, review.NextReview, today, steps) is { } step)
                    {
                        due.Add((BlobNames.ReviewReminder(school, review.Policy, review.NextReview, recipient, step), new ReviewReminderRecord(
                            school, review.Policy, review.Title, review.Version, review.NextReview, step, recipient,
                            contact.Name, contact.Email!.Trim(), review.Owner?.Name, review.Owner?.Title, schedule.Rules.OverdueEveryDays, now)));
                    }
                }
            }
        }

        var count = 0;
        await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = options.StorageParallelism, CancellationToken = cancellationToken }, async (item, ct) =>
        {
            if (await store.TryCreateAsync(item.Name, RecordJson.Serialize(item.Record), RecordJson.ContentType, new MailState().ToMetadata(), ct).ConfigureAwait(false))
            {
                Interlocked.Increment(ref count);
            }
        }).ConfigureAwait(false);
        return count;
    }

    /// <summary>The owner and the clerk, each when they have an address; the clerk once when they are also the owner.</summary>
    private IEnumerable<(string Recipient, SchoolContact Contact)> Recipients(ReviewSchedule schedule, ScheduledReview review)
    {
        var owner = HasEmail(review.Owner) ? review.Owner : null;
        if (owner is not null)
        {
            yield return (ReviewReminderRecord.OwnerRecipient, owner);
        }
        else
        {
            logger.LogWarning("Nobody with an email address holds the role '{Role}' that owns {Policy} at {School}, so only the clerk is reminded of its review.", review.OwnerRole, review.Policy, schedule.School);
        }

        if (HasEmail(schedule.Clerk) && !string.Equals(schedule.Clerk!.Email!.Trim(), owner?.Email?.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            yield return (ReviewReminderRecord.ClerkRecipient, schedule.Clerk);
        }
    }

    private static bool HasEmail(SchoolContact? contact) => !string.IsNullOrWhiteSpace(contact?.Email);
}
