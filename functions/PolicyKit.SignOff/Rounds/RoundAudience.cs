using PolicyKit.SignOff.Roster;
using PolicyKit.SignOff.Storage;
using PolicyKit.SignOff.Tracking;

namespace PolicyKit.SignOff.Rounds;

/// <summary>
/// Who a round asks. Nobody is asked to sign a version they already signed, or that another open round already asks
/// them to sign (no decision, not exempted, link not expired); they are left out and counted.
/// </summary>
internal sealed class RoundAudience(SignOffStore store, RosterStore rosters, RoundTracker tracker)
{
    /// <returns>The preview, and the people to invite now.</returns>
    public async Task<(RoundPreview Preview, IReadOnlyList<RosterPerson> Invite)> PlanAsync(RoundDefinition round, bool wasStarted, CancellationToken cancellationToken)
    {
        var (signed, asked) = await ElsewhereAsync(round, cancellationToken).ConfigureAwait(false);
        var invited = (await store.ListAsync(BlobNames.InvitesPrefix(round.Id), cancellationToken).ConfigureAwait(false))
            .Select(i => BlobNames.SchoolAndPerson(i.Name))
            .ToHashSet();
        var schools = new List<SchoolPreview>();
        var toInvite = new List<RosterPerson>();
        foreach (var release in round.Releases)
        {
            var roster = await rosters.GetAsync(release.School, cancellationToken).ConfigureAwait(false);
            int already = 0, hasSigned = 0, isAsked = 0, fresh = 0;
            foreach (var person in roster?.People.Where(p => round.Groups.Contains(p.Group)) ?? [])
            {
                var key = (person.School, person.PersonId);
                if (invited.Contains(key))
                {
                    already++;
                }
                else if (signed.Contains(key))
                {
                    hasSigned++;
                }
                else if (asked.Contains(key))
                {
                    isAsked++;
                }
                else
                {
                    fresh++;
                    toInvite.Add(person);
                }
            }

            schools.Add(new SchoolPreview(release.School, release.SchoolName, roster is not null, fresh, already, hasSigned, isAsked));
        }

        return (new RoundPreview(round, wasStarted, schools), toInvite);
    }

    /// <summary>Who signed this policy's version in another round, and who another open round is still asking.</summary>
    private async Task<(HashSet<(string, string)> Signed, HashSet<(string, string)> Asked)> ElsewhereAsync(RoundDefinition round, CancellationToken cancellationToken)
    {
        var signed = new HashSet<(string, string)>();
        var asked = new HashSet<(string, string)>();
        foreach (var id in await store.ListFoldersAsync(BlobNames.RoundsPrefix, cancellationToken).ConfigureAwait(false))
        {
            if (id == round.Id || await tracker.RoundAsync(id, cancellationToken).ConfigureAwait(false) is not { } other
                || other.Policy != round.Policy || other.Version != round.Version
                || await tracker.StatusAsync(id, cancellationToken).ConfigureAwait(false) is not { } status)
            {
                continue;
            }

            foreach (var person in status.People)
            {
                if (person.Status == PersonStatus.Signed)
                {
                    signed.Add((person.School, person.PersonId));
                }
                else if (person.Status is PersonStatus.Outstanding or PersonStatus.Queued)
                {
                    asked.Add((person.School, person.PersonId));
                }
            }
        }

        return (signed, asked);
    }
}
