using PolicyKit.SignOff.Storage;

namespace PolicyKit.SignOff.Evidence;

/// <summary>
/// Appends to one round's evidence chain. Appends are serialised in this process by a lock, and across processes by
/// creating the next entry create-only: whoever loses the race moves on to the following sequence number.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001", Justification = "A SemaphoreSlim whose wait handle is never used holds nothing to dispose; chains live as long as the process.")]
internal sealed class RoundChain
{
    private readonly SignOffStore _store;
    private readonly string _roundId;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<string, ChainEntry> _sealedHere = new(StringComparer.Ordinal);
    private ChainHead? _head;
    private Azure.ETag? _headTag;

    public RoundChain(SignOffStore store, string roundId, TimeProvider time)
    {
        _store = store;
        _roundId = roundId;
        _time = time;
    }

    /// <summary>Adds a record to the chain, unless it is already there (a retry after an interrupted seal).</summary>
    /// <param name="mayBeSealed">True when an earlier attempt may have sealed the record before it was interrupted.</param>
    public async Task<ChainEntry> SealAsync(string record, string recordSha256, bool mayBeSealed, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_sealedHere.TryGetValue(record, out var known))
            {
                return known;
            }

            if (_head is null)
            {
                await CatchUpAsync(cancellationToken).ConfigureAwait(false);
            }

            if (_sealedHere.TryGetValue(record, out known) || (mayBeSealed && (known = await FindAsync(record, cancellationToken).ConfigureAwait(false)) is not null))
            {
                await SaveHeadAsync(cancellationToken).ConfigureAwait(false);
                return known;
            }

            while (true)
            {
                var entry = ChainEntry.Create(_head!.Sequence + 1, _roundId, record, recordSha256, _head.Hash, _time.GetUtcNow());
                if (await _store.TryCreateAsync(BlobNames.ChainEntry(_roundId, entry.Sequence), RecordJson.Serialize(entry), RecordJson.ContentType, null, cancellationToken).ConfigureAwait(false))
                {
                    Advance(entry);
                    await SaveHeadAsync(cancellationToken).ConfigureAwait(false);
                    return entry;
                }

                // Another process appended first (or our own create went through but its reply was lost): step over
                // those entries and try again, unless one of them is this record.
                await CatchUpAsync(cancellationToken).ConfigureAwait(false);
                if (_sealedHere.TryGetValue(record, out known))
                {
                    await SaveHeadAsync(cancellationToken).ConfigureAwait(false);
                    return known;
                }
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Starts from the saved head and follows any entries added after it (by another process, or by a seal whose head update failed).</summary>
    private async Task CatchUpAsync(CancellationToken cancellationToken)
    {
        if (_head is null)
        {
            var stored = await _store.ReadAsync(BlobNames.ChainHead(_roundId), cancellationToken).ConfigureAwait(false);
            _head = stored is null ? new ChainHead(0, ChainEntry.Genesis) : RecordJson.Deserialize<ChainHead>(stored.Content, stored.Name);
            _headTag = stored?.ETag;
        }

        while (await RecordJson.ReadAsync<ChainEntry>(_store, BlobNames.ChainEntry(_roundId, _head.Sequence + 1), cancellationToken).ConfigureAwait(false) is { } next)
        {
            Advance(next);
        }
    }

    private void Advance(ChainEntry entry)
    {
        _head = new ChainHead(entry.Sequence, entry.Hash);
        _sealedHere[entry.Record] = entry;
    }

    private async Task<ChainEntry?> FindAsync(string record, CancellationToken cancellationToken)
    {
        var entries = await _store.ListAsync(BlobNames.ChainPrefix(_roundId), cancellationToken).ConfigureAwait(false);
        for (var i = entries.Count - 1; i >= 0; i--)
        {
            var entry = await RecordJson.ReadAsync<ChainEntry>(_store, entries[i].Name, cancellationToken).ConfigureAwait(false);
            if (entry?.Record == record)
            {
                _sealedHere[record] = entry;
                return entry;
            }
        }

        return null;
    }

    private async Task SaveHeadAsync(CancellationToken cancellationToken)
    {
        var saved = await _store.TryReplaceAsync(BlobNames.ChainHead(_roundId), RecordJson.Serialize(_head), RecordJson.ContentType, _headTag, cancellationToken).ConfigureAwait(false);
        if (saved is not null)
        {
            _headTag = saved;
            return;
        }

        // Another process moved the head: save ours only if it is newer, so the head never goes backwards.
        var stored = await _store.ReadAsync(BlobNames.ChainHead(_roundId), cancellationToken).ConfigureAwait(false);
        var theirs = stored is null ? null : RecordJson.Deserialize<ChainHead>(stored.Content, stored.Name);
        _headTag = stored?.ETag;
        if (theirs is null || theirs.Sequence < _head!.Sequence)
        {
            _headTag = await _store.TryReplaceAsync(BlobNames.ChainHead(_roundId), RecordJson.Serialize(_head), RecordJson.ContentType, stored?.ETag, cancellationToken).ConfigureAwait(false);
        }
    }
}
