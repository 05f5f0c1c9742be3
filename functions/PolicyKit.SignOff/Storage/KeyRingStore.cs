namespace PolicyKit.SignOff.Storage;

/// <summary>
/// The host's own keys (ASP.NET Core data protection, which signs the admin cookie and the forms' antiforgery
/// tokens), kept in the service's container so every instance of a scaled-out service accepts what another issued.
/// The library stores them as opaque text and never reads them.
/// </summary>
public sealed class KeyRingStore
{
    private const string Prefix = "keys/data-protection/";

    private readonly SignOffStore _store;

    internal KeyRingStore(SignOffStore store) => _store = store;

    /// <summary>Every key stored so far, in no particular order.</summary>
    public async Task<IReadOnlyList<string>> ReadAllAsync(CancellationToken cancellationToken)
    {
        await _store.EnsureContainerAsync(cancellationToken).ConfigureAwait(false);
        var keys = new List<string>();
        foreach (var listing in await _store.ListAsync(Prefix, cancellationToken).ConfigureAwait(false))
        {
            if (await _store.ReadAsync(listing.Name, cancellationToken).ConfigureAwait(false) is { } blob)
            {
                keys.Add(blob.Content.ToString());
            }
        }

        return keys;
    }

    /// <summary>Stores a new key as <paramref name="fileName"/>; a key already stored under that name is left as it is.</summary>
    public Task AddAsync(string fileName, string content, string contentType, CancellationToken cancellationToken) =>
        _store.TryCreateAsync(Prefix + fileName, BinaryData.FromString(content), contentType, null, cancellationToken);
}
