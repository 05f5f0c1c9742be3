using PolicyKit.SignOff.Chasing;
using PolicyKit.SignOff.Evidence;
using PolicyKit.SignOff.Rounds;
using PolicyKit.SignOff.Storage;

namespace PolicyKit.SignOff.Tracking;

/// <summary>
/// Who has signed what: one listing each of a round's invites and decisions. Rounds, invites and decisions never
/// change once written, so their contents come from <see cref="ImmutableRecords"/>; only the mail state (in the
/// listing's metadata) is fresh each time.
/// </summary>
internal sealed class RoundTracker
{
    private readonly SignOffStore _store;
    private readonly ImmutableRecords _records;
    private readonly SignOffOptions _options;
    private readonly TimeProvider _time;

    public RoundTracker(SignOffStore store, ImmutableRecords records, SignOffOptions options, TimeProvider time)
    {
        _store = store;
        _records = records;
        _options = options;
        _time = time;
    }

    public async Task<IReadOnlyList<RoundStatus>> AllAsync(CancellationToken cancellationToken)
    {
        var rounds = new List<RoundStatus>();
        foreach (var id in await _store.ListFoldersAsync(BlobNames.RoundsPrefix, cancellationToken).ConfigureAwait(false))
        {
            if (await StatusAsync(id, cancellationToken).ConfigureAwait(false) is { } status)
            {
                rounds.Add(status);
            }
        }

        return rounds.OrderByDescending(r => r.Round.StartedUtc).ToList();
    }

    public async Task<RoundDefinition?> RoundAsync(string roundId, CancellationToken cancellationToken)
    {
        if (!RoundIds.IsWellFormed(roundId))
        {
            return null;
        }

        return await _records.ReadAsync<RoundDefinition>(BlobNames.Round(roundId), cancellationToken).ConfigureAwait(false);
    }

    public async Task<RoundStatus?> StatusAsync(string roundId, CancellationToken cancellationToken)
    {
        var round = await RoundAsync(roundId, cancellationToken).ConfigureAwait(false);
        if (round is null)
        {
            return null;
        }

        var invites = await _store.ListAsync(BlobNames.InvitesPrefix(roundId), cancellationToken).ConfigureAwait(false);
        var decisions = (await _store.ListAsync(BlobNames.DecisionsPrefix(roundId), cancellationToken).ConfigureAwait(false))
            .ToDictionary(d => BlobNames.SchoolAndPerson(d.Name), d => d.Name);
        var reminders = ReminderLedger.From(await _store.ListAsync(BlobNames.RemindersPrefix(roundId), cancellationToken).ConfigureAwait(false));
        var now = _time.GetUtcNow();
        var rows = new PersonRow[invites.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, invites.Count), new ParallelOptions { MaxDegreeOfParallelism = _options.StorageParallelism, CancellationToken = cancellationToken }, async (i, ct) =>
        {
            var listing = invites[i];
            var invite = await ListedAsync<InviteRecord>(listing.Name, ct).ConfigureAwait(false);
            var decision = decisions.TryGetValue((invite.School, invite.PersonId), out var decisionName)
                ? await ListedAsync<DecisionRecord>(decisionName, ct).ConfigureAwait(false)
                : null;
            var mail = MailState.From(listing.Metadata);
            var (school, person) = (invite.School, invite.PersonId);
            rows[i] = new PersonRow(
                invite.School,
                round.ReleaseFor(invite.School)?.SchoolName ?? invite.School,
                invite.PersonId,
                invite.Name,
                invite.Email,
                invite.Group,
                invite.StaffId,
                StatusOf(mail, reminders.LatestExpiryUtc(school, person), decision, now),
                invite.InvitedUtc,
                mail.SentUtc,
                decision?.AtUtc,
                decision?.Kind == DecisionRecord.SignedKind ? decision.TypedName : null,
                decision?.DeclineReason,
                mail.State == MailState.Failed || mail.Error is not null ? mail.Error : null,
                RemindersSent: reminders.Sent(school, person),
                LastReminderUtc: reminders.LastSentUtc(school, person));
        }).ConfigureAwait(false);

        return new RoundStatus(round, rows.OrderBy(r => r.SchoolName, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.Name, StringComparer.OrdinalIgnoreCase).ToList());
    }

    /// <param name="reminderExpiry">When the newest reminder's link stops working: a reminder keeps a person outstanding.</param>
    private static PersonStatus StatusOf(MailState mail, DateTimeOffset? reminderExpiry, DecisionRecord? decision, DateTimeOffset now) => decision?.Kind switch
    {
        DecisionRecord.SignedKind => PersonStatus.Signed,
        DecisionRecord.DeclinedKind => PersonStatus.Declined,
        _ when mail.State == MailState.Failed => PersonStatus.EmailFailed,
        _ when mail.State != MailState.Sent => PersonStatus.Queued,
        _ when mail.ExpiresUtc <= now && !(reminderExpiry > now) => PersonStatus.Expired,
        _ => PersonStatus.Outstanding,
    };

    private async Task<T> ListedAsync<T>(string name, CancellationToken cancellationToken)
        where T : class =>
        await _records.ReadAsync<T>(name, cancellationToken).ConfigureAwait(false)
            ?? throw new SignOffException($"{name} was listed but could not be read.") { IsTransient = true };
}
