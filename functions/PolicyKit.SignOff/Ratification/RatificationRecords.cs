using System.Text;
using PolicyKit.SignOff.Evidence;
using PolicyKit.SignOff.Storage;

namespace PolicyKit.SignOff.Ratification;

/// <summary>
/// Finds requests and their decisions. A request lives under rounds/ so that the evidence check, the chain and the
/// receipts work on it as on a round; it has no round.json, so everything that lists rounds (dashboard, chase, mail
/// of rounds, audience) passes it by.
/// </summary>
internal static class RatificationRecords
{
    /// <summary>Request ids start with this, so a listing of rounds/ picks them out without reading every round.</summary>
    public const string IdPrefix = "ratify-";

    /// <summary>The chair's decision sits where a person's would in a round, under the scope (school or "trust").</summary>
    public const string ChairPerson = "chair";

    /// <summary>Same proposal revision, same id: sending twice (a double click, a retry) lands on one request.</summary>
    public static string RequestId(StoredProposal proposal) =>
        $"{Prefix(proposal.Policy, proposal.Version, proposal.Scope)}{proposal.Revision[..10]}";

    private static string Prefix(string policy, string version, string scope) =>
        Slug($"{IdPrefix}{policy}-v{version.Replace('.', '-')}-{scope}-");

    private static string Slug(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-');
        }

        return builder.ToString();
    }

    public static string DecisionName(RatificationRequest request) => BlobNames.Decision(request.Id, request.Proposal.Scope, ChairPerson);

    public static string ReceiptName(RatificationRequest request) => BlobNames.Receipt(request.Id, request.Proposal.Scope, ChairPerson);

    /// <summary>Every request in the container, oldest first.</summary>
    public static async Task<IReadOnlyList<RatificationRequest>> AllAsync(SignOffStore store, ImmutableRecords records, CancellationToken cancellationToken)
    {
        var found = new List<RatificationRequest>();
        foreach (var id in await store.ListFoldersAsync(BlobNames.RoundsPrefix, cancellationToken).ConfigureAwait(false))
        {
            if (id.StartsWith(IdPrefix, StringComparison.Ordinal)
                && await records.ReadAsync<RatificationRequest>(BlobNames.Ratification(id), cancellationToken).ConfigureAwait(false) is { } request)
            {
                found.Add(request);
            }
        }

        return found.OrderBy(r => r.SentUtc).ToList();
    }

    /// <summary>The requests sent for one proposal (any revision).</summary>
    public static async Task<IReadOnlyList<RatificationRequest>> ForAsync(SignOffStore store, ImmutableRecords records, string policy, string version, string scope, CancellationToken cancellationToken)
    {
        var prefix = BlobNames.RoundsPrefix + Prefix(policy, version, scope);
        var found = new List<RatificationRequest>();
        foreach (var rest in await store.ListFoldersAsync(prefix, cancellationToken).ConfigureAwait(false))
        {
            var id = prefix[BlobNames.RoundsPrefix.Length..] + rest;
            if (await records.ReadAsync<RatificationRequest>(BlobNames.Ratification(id), cancellationToken).ConfigureAwait(false) is { } request
                && request.Proposal.Policy == policy && request.Proposal.Version == version && request.Proposal.Scope == scope)
            {
                found.Add(request);
            }
        }

        return found.OrderBy(r => r.SentUtc).ToList();
    }

    /// <summary>The chair's decision, or null while the request is open. Only a record the service wrote counts.</summary>
    public static async Task<DecisionRecord?> DecisionAsync(SignOffStore store, ImmutableRecords records, RecordAuthenticator? authenticator, RatificationRequest request, CancellationToken cancellationToken)
    {
        var name = DecisionName(request);
        var decision = await records.ReadAsync<DecisionRecord>(name, cancellationToken).ConfigureAwait(false);
        if (decision is null || authenticator is null)
        {
            return decision;
        }

        var metadata = await store.ReadMetadataAsync(name, cancellationToken).ConfigureAwait(false);
        return authenticator.IsGenuine(name, decision, metadata) ? decision : null;
    }
}
