using PolicyKit.SignOff.Storage;

namespace PolicyKit.SignOff.Evidence;

/// <summary>
/// Recomputes a round's chain from storage and reports every record that was changed, removed or inserted since it
/// was sealed, and, given the record key, every decision or exemption the service did not write itself. Reads only;
/// an auditor can run it with read-only credentials.
/// </summary>
public sealed class ChainVerifier
{
    private readonly SignOffStore _store;
    private readonly RecordAuthenticator? _authenticator;

    /// <param name="authenticator">Checks that records carry the service's code; null when the key is not at hand.</param>
    internal ChainVerifier(SignOffStore store, RecordAuthenticator? authenticator = null)
    {
        _store = store;
        _authenticator = authenticator;
    }

    /// <summary>A verifier for an auditor's tool, reading the container <paramref name="storage"/> names.</summary>
    /// <param name="recordKey">The service's record key (base64), to also check who wrote each record; null when it is not at hand.</param>
    /// <exception cref="SignOffException">The connection string or the record key is not valid.</exception>
    public static ChainVerifier Connect(StorageOptions storage, string? recordKey) =>
        new(SignOffStore.Connect(storage), RecordKeys.Authenticator(recordKey));

    /// <summary>The id of every round in the container.</summary>
    public Task<IReadOnlyList<string>> RoundIdsAsync(CancellationToken cancellationToken) =>
        _store.ListFoldersAsync(BlobNames.RoundsPrefix, cancellationToken);

    /// <summary>Whether <paramref name="roundId"/> names a round (or a ratification request, which keeps its evidence as a round does) in the container.</summary>
    public async Task<bool> HasRoundAsync(string roundId, CancellationToken cancellationToken) =>
        Rounds.RoundIds.IsWellFormed(roundId)
        && (await _store.ExistsAsync(BlobNames.Round(roundId), cancellationToken).ConfigureAwait(false)
            || await _store.ExistsAsync(BlobNames.Ratification(roundId), cancellationToken).ConfigureAwait(false));

    /// <summary>Recomputes the round's chain and names every record changed, removed or inserted since it was sealed.</summary>
    public async Task<ChainReport> VerifyAsync(string roundId, CancellationToken cancellationToken)
    {
        var problems = new List<ChainProblem>();
        var entries = new List<ChainEntry>();
        foreach (var listing in await _store.ListAsync(BlobNames.ChainPrefix(roundId), cancellationToken).ConfigureAwait(false))
        {
            ChainEntry? entry;
            try
            {
                entry = await RecordJson.ReadAsync<ChainEntry>(_store, listing.Name, cancellationToken).ConfigureAwait(false);
            }
            catch (SignOffException ex) when (!ex.IsTransient)
            {
                problems.Add(new(ChainProblemKind.Changed, listing.Name, $"{listing.Name} is no longer a chain entry PolicyKit wrote."));
                continue;
            }

            if (entry is null)
            {
                continue;
            }

            if (listing.Name != BlobNames.ChainEntry(roundId, entry.Sequence))
            {
                problems.Add(new(ChainProblemKind.Changed, listing.Name, $"{listing.Name} says it is entry {entry.Sequence}."));
            }

            entries.Add(entry);
        }

        // Walk the chain: every entry must follow the one before it, and hash to what it claims.
        var previous = ChainEntry.Genesis;
        var expected = 1L;
        var sealedRecords = new Dictionary<string, ChainEntry>(StringComparer.Ordinal);
        foreach (var entry in entries.OrderBy(e => e.Sequence))
        {
            if (entry.Sequence != expected)
            {
                problems.Add(new(ChainProblemKind.Removed, BlobNames.ChainEntry(roundId, expected), $"Chain entries {expected} to {entry.Sequence - 1} are missing."));
            }

            if (!entry.HashIsValid || entry.RoundId != roundId)
            {
                problems.Add(new(ChainProblemKind.Changed, BlobNames.ChainEntry(roundId, entry.Sequence), $"Chain entry {entry.Sequence} was changed: its contents no longer match its hash."));
            }
            else if (entry.Previous != previous)
            {
                problems.Add(new(ChainProblemKind.Inserted, BlobNames.ChainEntry(roundId, entry.Sequence), $"Chain entry {entry.Sequence} does not follow entry {entry.Sequence - 1}: an entry before it was replaced or inserted."));
            }

            if (!sealedRecords.TryAdd(entry.Record, entry))
            {
                problems.Add(new(ChainProblemKind.Inserted, BlobNames.ChainEntry(roundId, entry.Sequence), $"{entry.Record} is sealed twice (entries {sealedRecords[entry.Record].Sequence} and {entry.Sequence})."));
            }

            previous = entry.Hash;
            expected = entry.Sequence + 1;
        }

        var head = await RecordJson.ReadAsync<ChainHead>(_store, BlobNames.ChainHead(roundId), cancellationToken).ConfigureAwait(false);
        var last = entries.Count == 0 ? 0 : entries.Max(e => e.Sequence);
        if (head is null && entries.Count > 0)
        {
            problems.Add(new(ChainProblemKind.Removed, BlobNames.ChainHead(roundId), "The chain's head record is missing, so entries after the last one listed may have been removed with it."));
        }
        else if (head is not null && head.Sequence > last)
        {
            problems.Add(new(ChainProblemKind.Removed, BlobNames.ChainHead(roundId), $"The chain's head names entry {head.Sequence}, but the last entry is {last}: the newest entries were removed."));
        }
        else if (head is not null && entries.FirstOrDefault(e => e.Sequence == head.Sequence) is { } atHead && atHead.Hash != head.Hash)
        {
            problems.Add(new(ChainProblemKind.Changed, BlobNames.ChainEntry(roundId, head.Sequence), $"Chain entry {head.Sequence} is not the entry the head recorded."));
        }

        // Every decision and exemption must be the service's own and sealed exactly as it is stored now.
        var decisions = await _store.ListAsync(BlobNames.DecisionsPrefix(roundId), cancellationToken).ConfigureAwait(false);
        var exemptions = await _store.ListAsync(BlobNames.ExemptionsPrefix(roundId), cancellationToken).ConfigureAwait(false);
        var stored = new HashSet<string>(StringComparer.Ordinal);
        foreach (var record in decisions.Concat(exemptions))
        {
            stored.Add(record.Name);
            var blob = await _store.ReadAsync(record.Name, cancellationToken).ConfigureAwait(false);
            if (blob is null)
            {
                continue;
            }

            var sealedEntry = sealedRecords.GetValueOrDefault(record.Name);
            if (_authenticator is not null && !_authenticator.IsGenuine(record.Name, blob.Content, blob.Metadata))
            {
                problems.Add(new(ChainProblemKind.Inserted, record.Name, $"{record.Name} was not written by PolicyKit (it lacks the service's record code): it was put straight into storage, so it is not counted{(sealedEntry is null ? "" : $", even though chain entry {sealedEntry.Sequence} seals it")}."));
            }
            else if (sealedEntry is null)
            {
                problems.Add(new(ChainProblemKind.Inserted, record.Name, $"{record.Name} is not in the chain: it was added outside PolicyKit, or its recording was interrupted and the person has not yet opened their link again."));
            }
            else if (Hashing.Sha256Hex(blob.Content) != sealedEntry.RecordSha256)
            {
                problems.Add(new(ChainProblemKind.Changed, record.Name, $"{record.Name} was changed after it was sealed in chain entry {sealedEntry.Sequence}."));
            }
        }

        foreach (var missing in sealedRecords.Keys.Where(r => !stored.Contains(r)).Order(StringComparer.Ordinal))
        {
            problems.Add(new(ChainProblemKind.Removed, missing, $"{missing} was removed: chain entry {sealedRecords[missing].Sequence} seals it."));
        }

        return new ChainReport(roundId, entries.Count, decisions.Count, problems, exemptions.Count);
    }
}
