using PolicyKit.SignOff.Storage;

namespace PolicyKit.SignOff.Rounds;

/// <summary>
/// Changes one message's mail state the only safe way: with If-Match on the state just read, reading again and
/// retrying when the dispatcher (or another admin) changed it first.
/// </summary>
internal static class MailStateUpdate
{
    private const int Attempts = 5;

    /// <param name="listing">The message as last listed, or null to read it first.</param>
    /// <param name="change">The state to save given the current one, or null when there is nothing to change.</param>
    /// <returns>The state saved; null when <paramref name="change"/> asked for nothing or every attempt lost the race (<c>Raced</c>).</returns>
    public static async Task<(MailState? Saved, bool Raced)> ApplyAsync(
        SignOffStore store, string name, BlobListing? listing, Func<MailState, MailState?> change, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            listing ??= await store.ReadListingAsync(name, cancellationToken).ConfigureAwait(false)
                ?? throw new SignOffException($"{name} could not be read.") { IsTransient = true };
            if (change(MailState.From(listing.Metadata)) is not { } next)
            {
                return (null, false);
            }

            if (await store.TrySetMetadataAsync(name, next.ToMetadata(), listing.ETag, cancellationToken).ConfigureAwait(false) is not null)
            {
                return (next, false);
            }

            listing = null;
        }

        return (null, true);
    }
}
