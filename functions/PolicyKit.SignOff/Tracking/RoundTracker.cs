using Microsoft.Extensions.Logging;
using PolicyKit.SignOff.Chasing;
using PolicyKit.SignOff.Evidence;
using PolicyKit.SignOff.Rounds;
using PolicyKit.SignOff.Storage;

namespace PolicyKit.SignOff.Tracking;

/// <summary>
/// Who has signed what: one listing each of a round's invites, decisions, exemptions and chain. Rounds, invites,
/// decisions, exemptions and chain entries never change once written, so their contents come from
/// <see cref="ImmutableRecords"/>; only the mail state (in the listing's metadata) is fresh each time. A decision or
/// exemption the service did not write (see <see cref="RecordAuthenticator"/>) is not counted.
/// </summary>
public sealed class RoundTracker
{
    private readonly SignOffStore _store;
    private readonly ImmutableRecords _records;
    private readonly RecordAuthenticator _authenticator;
    private readonly SignOffOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<RoundTracker> _logger;

    internal RoundTracker(SignOffStore store, ImmutableRecords records, RecordAuthenticator authenticator, SignOffOptions options, TimeProvider time, ILogger<RoundTracker> logger)
    {
        _store = store;
        _records = records;
        _authenticator = authenticator;
        _options = options;
        _time = time;
        _logger = logger;
    }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _reported = new(StringComparer.Ordinal);

    /// <summary>Every round with its counts, newest first.</summary>
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

    /// <summary>What the round asks, or null when there is no such round.</summary>
    public async Task<RoundDefinition?> RoundAsync(string roundId, CancellationToken cancellationToken)
    {
        if (!RoundIds.IsWellFormed(roundId))
        {
            return null;
        }

        return await _records.ReadAsync<RoundDefinition>(BlobNames.Round(roundId), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The round with every person and their status, or null when there is no such round.</summary>
    public async Task<RoundStatus?> StatusAsync(string roundId, CancellationToken cancellationToken)
    {
        var round = await RoundAsync(roundId, cancellationToken).ConfigureAwait(false);
        if (round is null)
        {
            return null;
        }

        var invites = await _store.ListAsync(BlobNames.InvitesPrefix(roundId), cancellationToken).ConfigureAwait(false);
        var decisions = await BySchoolAndPersonAsync(BlobNames.DecisionsPrefix(roundId), cancellationToken).ConfigureAwait(false);
        var exemptions = await BySchoolAndPersonAsync(BlobNames.ExemptionsPrefix(roundId), cancellationToken).ConfigureAwait(false);
        var chain = await ChainAsync(roundId, cancellationToken).ConfigureAwait(false);
        var reminders = ReminderLedger.From(await _store.ListAsync(BlobNames.RemindersPrefix(roundId), cancellationToken).ConfigureAwait(false));
        var now = _time.GetUtcNow();
        var rows = new PersonRow[invites.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, invites.Count), new ParallelOptions { MaxDegreeOfParallelism = _options.StorageParallelism, CancellationToken = cancellationToken }, async (i, ct) =>
        {
            var listing = invites[i];
            var invite = await ListedAsync<InviteRecord>(listing.Name, ct).ConfigureAwait(false);
            var key = (invite.School, invite.PersonId);
            var decision = decisions.TryGetValue(key, out var decisionListing) ? await GenuineAsync<DecisionRecord>(decisionListing, ct).ConfigureAwait(false) : null;
            var exemption = exemptions.TryGetValue(key, out var exemptionListing) ? await GenuineAsync<ExemptionRecord>(exemptionListing, ct).ConfigureAwait(false) : null;
            var mail = MailState.From(listing.Metadata);
            var entry = decision is null ? null : chain.GetValueOrDefault(decisionListing!.Name);
            rows[i] = new PersonRow(
                invite.School,
                round.ReleaseFor(invite.School)?.SchoolName ?? invite.School,
                invite.PersonId,
                invite.Name,
                mail.Email ?? invite.Email,
                invite.Group,
                invite.StaffId,
                StatusOf(mail, reminders.LatestExpiryUtc(invite.School, invite.PersonId), decision, exemption, now),
                invite.InvitedUtc,
                mail.SentUtc,
                decision?.AtUtc,
                decision?.Kind == DecisionRecord.SignedKind ? decision.TypedName : null,
                decision?.DeclineReason,
                mail.State == MailState.Failed || mail.Error is not null ? mail.Error : null,
                Exemption: exemption is null ? null : new PersonExemption(exemption.Kind, exemption.Reason, exemption.AtUtc),
                Evidence: decision is null ? null : new PersonEvidence(decision.DocumentFile, decision.DocumentSha256, decision.IpAddress, decision.UserAgent, entry?.Sequence, entry?.Hash),
                EmailChangedUtc: mail.Email is null ? null : mail.EmailChangedUtc,
                RemindersSent: reminders.Sent(invite.School, invite.PersonId),
                LastReminderUtc: reminders.LastSentUtc(invite.School, invite.PersonId));
        }).ConfigureAwait(false);

        return new RoundStatus(round, rows.OrderBy(r => r.SchoolName, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.Name, StringComparer.OrdinalIgnoreCase).ToList());
    }

    /// <param name="reminderExpiry">When the newest reminder's link stops working: a reminder keeps a person outstanding.</param>
    private static PersonStatus StatusOf(MailState mail, DateTimeOffset? reminderExpiry, DecisionRecord? decision, ExemptionRecord? exemption, DateTimeOffset now) => (decision?.Kind, exemption?.Kind) switch
    {
        (DecisionRecord.SignedKind, _) => PersonStatus.Signed,
        (DecisionRecord.DeclinedKind, _) => PersonStatus.Declined,
        (_, ExemptionRecord.LeftKind) => PersonStatus.Left,
        (_, ExemptionRecord.ExcusedKind) => PersonStatus.Excused,
        _ when mail.State == MailState.Failed => PersonStatus.EmailFailed,
        _ when mail.State != MailState.Sent => PersonStatus.Queued,
        _ when mail.ExpiresUtc <= now && !(reminderExpiry > now) => PersonStatus.Expired,
        _ => PersonStatus.Outstanding,
    };

    private async Task<Dictionary<(string School, string Person), BlobListing>> BySchoolAndPersonAsync(string prefix, CancellationToken cancellationToken) =>
        (await _store.ListAsync(prefix, cancellationToken).ConfigureAwait(false)).ToDictionary(d => BlobNames.SchoolAndPerson(d.Name));

    /// <summary>Which chain entry seals each record, for the evidence columns of the exports.</summary>
    private async Task<Dictionary<string, ChainEntry>> ChainAsync(string roundId, CancellationToken cancellationToken)
    {
        var listings = await _store.ListAsync(BlobNames.ChainPrefix(roundId), cancellationToken).ConfigureAwait(false);
        var entries = new ChainEntry?[listings.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, listings.Count), new ParallelOptions { MaxDegreeOfParallelism = _options.StorageParallelism, CancellationToken = cancellationToken }, async (i, ct) =>
            entries[i] = await _records.ReadAsync<ChainEntry>(listings[i].Name, ct).ConfigureAwait(false)).ConfigureAwait(false);
        var sealedRecords = new Dictionary<string, ChainEntry>(StringComparer.Ordinal);
        foreach (var entry in entries.OfType<ChainEntry>().OrderBy(e => e.Sequence))
        {
            sealedRecords.TryAdd(entry.Record, entry);
        }

        return sealedRecords;
    }

    private async Task<T?> GenuineAsync<T>(BlobListing listing, CancellationToken cancellationToken)
        where T : class
    {
        var record = await ListedAsync<T>(listing.Name, cancellationToken).ConfigureAwait(false);
        if (_authenticator.IsGenuine(listing.Name, record, listing.Metadata))
        {
            return record;
        }

        if (_reported.TryAdd(listing.Name, true))
        {
            _logger.LogWarning("{Record} was not written by PolicyKit (it lacks the service's record code), so the dashboard does not count it.", listing.Name);
        }

        return null;
    }

    private async Task<T> ListedAsync<T>(string name, CancellationToken cancellationToken)
        where T : class =>
        await _records.ReadAsync<T>(name, cancellationToken).ConfigureAwait(false)
            ?? throw new SignOffException($"{name} was listed but could not be read.") { IsTransient = true };
}
