using PolicyKit.SignOff.Evidence;
using PolicyKit.SignOff.Storage;

namespace PolicyKit.SignOff.Ratification;

/// <summary>
/// The approvals recorded so far. Only an approval the service wrote (its record code checks under the record key)
/// and whose request's evidence chain verifies is listed: a record put straight into storage, or a chain that was
/// changed, is left out. Reads only.
/// </summary>
public sealed class RatificationCatalog
{
    private readonly SignOffStore _store;
    private readonly ImmutableRecords _records;
    private readonly RecordAuthenticator _authenticator;

    internal RatificationCatalog(SignOffStore store, ImmutableRecords records, RecordAuthenticator authenticator)
    {
        _store = store;
        _records = records;
        _authenticator = authenticator;
    }

    /// <summary>A catalog for the container <paramref name="storage"/> names.</summary>
    /// <param name="recordKey">The service's record key (base64, <c>SignOff:RecordKey</c>): without it no approval can be told from a forged one.</param>
    /// <exception cref="SignOffException">The connection string or the record key is not valid.</exception>
    public static RatificationCatalog Connect(StorageOptions storage, TimeProvider time, string recordKey)
    {
        ArgumentNullException.ThrowIfNull(time);
        var store = SignOffStore.Connect(storage);
        var authenticator = RecordKeys.Authenticator(recordKey) ?? throw new SignOffException("The record key is needed to tell genuine approvals from forged ones.");
        return new RatificationCatalog(store, new ImmutableRecords(store), authenticator);
    }

    /// <summary>Every genuine approval, oldest first.</summary>
    public async Task<IReadOnlyList<RatificationApproval>> ApprovedAsync(CancellationToken cancellationToken)
    {
        var verifier = new ChainVerifier(_store, _authenticator);
        var approvals = new List<(DateTimeOffset At, RatificationApproval Approval)>();
        foreach (var request in await RatificationRecords.AllAsync(_store, _records, cancellationToken).ConfigureAwait(false))
        {
            var name = RatificationRecords.DecisionName(request);
            if (await RatificationRecords.DecisionAsync(_store, _records, _authenticator, request, cancellationToken).ConfigureAwait(false) is not { Kind: DecisionRecord.SignedKind } decision
                || !(await verifier.VerifyAsync(request.Id, cancellationToken).ConfigureAwait(false)).IsIntact)
            {
                continue;
            }

            var entry = await SealedAsync(request.Id, name, cancellationToken).ConfigureAwait(false);
            var stored = await _store.ReadAsync(name, cancellationToken).ConfigureAwait(false);
            if (entry is null || stored is null || entry.RecordSha256 != Hashing.Sha256Hex(stored.Content))
            {
                continue;
            }

            approvals.Add((decision.AtUtc, new RatificationApproval(
                request.Proposal.Policy, request.Proposal.Version, request.Proposal.Body, request.School, Mail.UkTime.DateOf(decision.AtUtc),
                decision.TypedName, decision.MinuteRef, $"{request.Id}#{entry.Sequence}-{entry.Hash[..12]}")));
        }

        return approvals.OrderBy(a => a.At).Select(a => a.Approval).ToList();
    }

    private async Task<ChainEntry?> SealedAsync(string requestId, string record, CancellationToken cancellationToken)
    {
        foreach (var listing in await _store.ListAsync(BlobNames.ChainPrefix(requestId), cancellationToken).ConfigureAwait(false))
        {
            if (await RecordJson.ReadAsync<ChainEntry>(_store, listing.Name, cancellationToken).ConfigureAwait(false) is { Record: var sealedRecord } entry && sealedRecord == record)
            {
                return entry;
            }
        }

        return null;
    }
}
