using MimeKit;
using PolicyKit.SignOff.Mail;
using PolicyKit.SignOff.Publishing;
using PolicyKit.SignOff.Reviews;
using PolicyKit.SignOff.Rounds;
using PolicyKit.SignOff.Storage;

namespace PolicyKit.SignOff.Delivery;

/// <summary>
/// The review reminders waiting to be sent, and the email for each: to a policy's owner or the clerk to governors,
/// branded for the school, counting the days left (or overdue) from the day it goes.
/// </summary>
internal sealed class ReviewMessageBuilder(SignOffStore store, ImmutableRecords records, ReleaseCatalog catalog)
{
    /// <summary>Every review reminder still to be sent (pending, and not waiting for a retry).</summary>
    public async Task<List<BlobListing>> DueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var due = new List<BlobListing>();
        foreach (var school in await store.ListFoldersAsync(BlobNames.ReviewsPrefix, cancellationToken).ConfigureAwait(false))
        {
            due.AddRange((await store.ListAsync(BlobNames.ReviewRemindersPrefix(school), cancellationToken).ConfigureAwait(false))
                .Where(r => MailState.From(r.Metadata).IsDeliverable(now)));
        }

        return due;
    }

    /// <returns>The message, or why it should not be sent (recorded as a failure).</returns>
    public async Task<(MimeMessage? Mime, string? Unsendable)> BuildAsync(MailComposer composer, BlobListing message, DateTimeOffset now, int attempt, CancellationToken cancellationToken)
    {
        var reminder = await records.ReadAsync<ReviewReminderRecord>(message.Name, cancellationToken).ConfigureAwait(false)
            ?? throw new SignOffException($"{message.Name} could not be read.") { IsTransient = true };

        // A reminder left pending (a retry, or a crash) may have been overtaken by a publish that moved the date.
        var schedule = await RecordJson.ReadAsync<ReviewSchedule>(store, BlobNames.ReviewSchedule(reminder.School), cancellationToken).ConfigureAwait(false);
        if (schedule?.Policies.FirstOrDefault(p => p.Policy == reminder.Policy) is not { } current || current.NextReview != reminder.ReviewDate)
        {
            return (null, "Not sent: a publish since it was queued moved the review date or removed the policy.");
        }

        var school = await catalog.SchoolAsync(reminder.School, cancellationToken).ConfigureAwait(false)
            ?? new SchoolProfile(reminder.School, reminder.School, null, null, null, null, null, null, null);
        var mail = new ReviewReminderMail(school, reminder, UkTime.DateOf(now), $"review.{reminder.Step}.{reminder.Recipient}.{attempt}.{reminder.Policy}.{reminder.School}@policykit");
        return (composer.ComposeReview(mail), null);
    }
}
