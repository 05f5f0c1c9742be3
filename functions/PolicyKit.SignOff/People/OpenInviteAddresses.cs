using PolicyKit.SignOff.Roster;
using PolicyKit.SignOff.Rounds;
using PolicyKit.SignOff.Storage;

namespace PolicyKit.SignOff.People;

/// <summary>
/// After a roster import, gives every open invitation of the same person (same school and person id, no decision, no
/// exemption) the address the roster now has, so the next email goes there. An invitation that could not be
/// delivered is queued again (the command line has no dispatcher to wake: the service's next poll sends it). Mail state changes with If-Match, re-read and retried when the dispatcher got there first.
/// </summary>
internal sealed class OpenInviteAddresses(SignOffStore store, ImmutableRecords records, Delivery.DeliveryTrigger? delivery, TimeProvider time)
{
    /// <returns>How many open invitations now go to a new address.</returns>
    public async Task<int> UpdateAsync(IReadOnlyList<RosterPerson> people, CancellationToken cancellationToken)
    {
        var addresses = people.GroupBy(p => (p.School, p.PersonId)).ToDictionary(g => g.Key, g => g.First().Email);
        var updated = 0;
        foreach (var round in await store.ListFoldersAsync(BlobNames.RoundsPrefix, cancellationToken).ConfigureAwait(false))
        {
            var settled = await SettledPeople.InAsync(store, round, cancellationToken).ConfigureAwait(false);
            foreach (var listing in await store.ListAsync(BlobNames.InvitesPrefix(round), cancellationToken).ConfigureAwait(false))
            {
                var key = BlobNames.SchoolAndPerson(listing.Name);
                if (!settled.Contains(key) && addresses.TryGetValue(key, out var email) && await MoveAsync(listing, email, cancellationToken).ConfigureAwait(false))
                {
                    updated++;
                }
            }
        }

        return updated;
    }

    private async Task<bool> MoveAsync(BlobListing listing, string email, CancellationToken cancellationToken)
    {
        if (await records.ReadAsync<InviteRecord>(listing.Name, cancellationToken).ConfigureAwait(false) is not { } invite)
        {
            return false;
        }

        var (saved, _) = await MailStateUpdate.ApplyAsync(store, listing.Name, listing, state =>
        {
            if (string.Equals(state.Email ?? invite.Email, email, StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            var next = state with { Email = email, EmailChangedUtc = time.GetUtcNow() };
            return state.State == MailState.Failed ? next with { State = MailState.Pending, Attempts = 0, Error = null, NextAttemptUtc = null } : next;
        }, cancellationToken).ConfigureAwait(false);
        if (saved?.State == MailState.Pending)
        {
            delivery?.PullMessage(listing.Name);
        }

        return saved is not null;
    }
}
