using PolicyKit.SignOff.Evidence;
using PolicyKit.SignOff.Rounds;
using PolicyKit.SignOff.Storage;

namespace PolicyKit.SignOff.Ratification;

/// <summary>
/// Reminds a chair, once, who has not decided a request <see cref="SignOffOptions.RatificationReminderDays"/> days after
/// their email went (or after the clerk last sent a fresh link). Run by the reminder chase, on its schedule. The reminder
/// is a create-only email record, so however often the chase runs it is queued once.
/// </summary>
internal sealed class RatificationReminders(SignOffStore store, ImmutableRecords records, RecordAuthenticator authenticator, SignOffOptions options)
{
    /// <returns>How many reminders were queued.</returns>
    public async Task<int> QueueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (options.RatificationReminderDays == 0)
        {
            return 0;
        }

        var queued = 0;
        foreach (var request in await RatificationRecords.AllAsync(store, records, cancellationToken).ConfigureAwait(false))
        {
            var name = BlobNames.RatificationMail(request.Id, RatificationMessage.ReminderName);
            if (request.SentUtc.AddDays(options.RatificationReminderDays) > now
                || await store.ExistsAsync(name, cancellationToken).ConfigureAwait(false)
                || await RatificationRecords.DecisionAsync(store, records, authenticator, request, cancellationToken).ConfigureAwait(false) is not null)
            {
                continue;
            }

            // Only once the chair's email has gone: a failed one needs a corrected address, not a reminder to the same one.
            var chair = await store.ReadMetadataAsync(BlobNames.RatificationMail(request.Id, RatificationMessage.ChairName), cancellationToken).ConfigureAwait(false);
            if (chair is null || MailState.From(chair) is not { State: MailState.Sent } state
                || (state.LinksValidFromUtc ?? request.SentUtc).AddDays(options.RatificationReminderDays) > now)
            {
                continue;
            }

            var reminder = new RatificationMessage(RatificationMessage.ReminderKind, request.Id, request.Chair.Name ?? request.Chair.Email!, request.Chair.Email!, now);
            if (await store.TryCreateAsync(name, RecordJson.Serialize(reminder), RecordJson.ContentType, new MailState().ToMetadata(), cancellationToken).ConfigureAwait(false))
            {
                queued++;
            }
        }

        return queued;
    }
}
