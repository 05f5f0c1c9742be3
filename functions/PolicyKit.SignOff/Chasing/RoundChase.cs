using PolicyKit.SignOff.Mail;
using PolicyKit.SignOff.Rounds;
using PolicyKit.SignOff.Storage;

namespace PolicyKit.SignOff.Chasing;

/// <summary>
/// One round's chase at one moment: from one listing each of its invites, decisions, exemptions and reminders,
/// records (create-only, pending) the reminder step each person is due and, after the sign-by date, each school's
/// summary for its business manager. People who signed, declined, left or were excused, and people whose
/// invitation never went, are not chased.
/// </summary>
internal sealed class RoundChase(SignOffStore store, ImmutableRecords records, SignOffOptions options, RoundDefinition round, DateTimeOffset now)
{
    /// <param name="queued">Called with each reminder as it is recorded, to send it at once; may be null.</param>
    public async Task<(int Reminders, int Notices)> QueueAsync(Func<RoundDefinition, BlobListing, CancellationToken, ValueTask>? queued, CancellationToken cancellationToken)
    {
        var today = UkTime.DateOf(now);
        var pastDeadline = round.SignBy is { } deadline && today > deadline;
        var summarised = new HashSet<string>(StringComparer.Ordinal);
        if (pastDeadline)
        {
            foreach (var notice in await store.ListAsync(BlobNames.NoticesPrefix(round.Id), cancellationToken).ConfigureAwait(false))
            {
                var (school, name) = BlobNames.SchoolAndPerson(notice.Name);
                if (name == NoticeRecord.AfterDeadlineName)
                {
                    summarised.Add(school);
                }
            }

            if (round.Schools.All(summarised.Contains))
            {
                return (0, 0);
            }
        }
        else if (round.Reminders is null)
        {
            return (0, 0);
        }

        var closed = await SettledPeople.InAsync(store, round.Id, cancellationToken).ConfigureAwait(false);

        var ledger = ReminderLedger.From(await store.ListAsync(BlobNames.RemindersPrefix(round.Id), cancellationToken).ConfigureAwait(false));
        var open = (await store.ListAsync(BlobNames.InvitesPrefix(round.Id), cancellationToken).ConfigureAwait(false))
            .Select(i => (Listing: i, Key: BlobNames.SchoolAndPerson(i.Name), State: MailState.From(i.Metadata)))
            .Where(i => !closed.Contains(i.Key))
            .ToList();

        if (pastDeadline)
        {
            var notices = 0;
            foreach (var school in round.Schools.Where(s => !summarised.Contains(s)))
            {
                notices += await SummariseAsync(school, open.Where(i => i.Key.School == school).Select(i => (i.Listing.Name, i.State)).ToList(), ledger, cancellationToken).ConfigureAwait(false) ? 1 : 0;
            }

            return (0, notices);
        }

        var due = new List<(string School, string Person, string Step, string? Email)>();
        foreach (var (_, (school, person), state) in open)
        {
            // Only people whose invitation went: a failed address is the school's to correct, not to chase.
            if (state.State != MailState.Sent || state.SentUtc is not { } sent)
            {
                continue;
            }

            if (ReminderPlan.Due(round.Reminders!, round.SignBy, UkTime.DateOf(sent), today, ledger.Steps(school, person)) is { } step)
            {
                due.Add((school, person, step, state.Email));
            }
        }

        var count = 0;
        await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = options.StorageParallelism, CancellationToken = cancellationToken }, async (item, ct) =>
        {
            var record = new ReminderRecord(round.Id, item.School, item.Person, item.Step, today, item.Email, now);
            var name = BlobNames.Reminder(round.Id, item.School, item.Person, item.Step);
            var metadata = new MailState { Email = item.Email }.ToMetadata();
            if (await store.TryCreateTaggedAsync(name, RecordJson.Serialize(record), RecordJson.ContentType, metadata, ct).ConfigureAwait(false) is { } tag)
            {
                Interlocked.Increment(ref count);
                if (queued is not null)
                {
                    await queued(round, new BlobListing(name, tag, metadata), ct).ConfigureAwait(false);
                }
            }
        }).ConfigureAwait(false);
        return (count, 0);
    }

    /// <returns>Whether this run queued the school's summary (false when another got there first).</returns>
    private async Task<bool> SummariseAsync(string school, List<(string Invite, MailState State)> outstanding, ReminderLedger ledger, CancellationToken cancellationToken)
    {
        var people = new NoticePerson[outstanding.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, outstanding.Count), new ParallelOptions { MaxDegreeOfParallelism = options.StorageParallelism, CancellationToken = cancellationToken }, async (i, ct) =>
        {
            var (name, state) = outstanding[i];
            var invite = await records.ReadAsync<InviteRecord>(name, ct).ConfigureAwait(false)
                ?? throw new SignOffException($"{name} was listed but could not be read.") { IsTransient = true };
            people[i] = new NoticePerson(invite.Name, state.Email ?? invite.Email, invite.Group, ledger.Sent(invite.School, invite.PersonId));
        }).ConfigureAwait(false);

        var notice = new NoticeRecord
        {
            Kind = NoticeRecord.AfterDeadlineKind,
            RoundId = round.Id,
            School = school,
            People = people.OrderBy(p => p.Group, StringComparer.Ordinal).ThenBy(p => p.Name, StringComparer.OrdinalIgnoreCase).ToList(),
            QueuedUtc = now,
        };
        return await store.TryCreateAsync(BlobNames.Notice(round.Id, school, NoticeRecord.AfterDeadlineName), RecordJson.Serialize(notice), RecordJson.ContentType, new MailState().ToMetadata(), cancellationToken).ConfigureAwait(false);
    }
}
