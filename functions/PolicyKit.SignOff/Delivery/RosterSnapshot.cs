using System.Collections.Concurrent;
using PolicyKit.SignOff.Roster;
using PolicyKit.SignOff.Rounds;

namespace PolicyKit.SignOff.Delivery;

/// <summary>
/// For one mail run: who a reminder is to, from the school's roster when that roster has not been imported again
/// since the round started. Rosters are only ever replaced whole, so such a roster is exactly what every invite of
/// the round was copied from, and one read per school saves a read per reminder (10,000 for a big round). When the
/// roster has changed since, the caller reads the invite.
/// </summary>
internal sealed class RosterSnapshot(RosterStore rosters)
{
    private readonly ConcurrentDictionary<(string Round, string School), Lazy<Task<Dictionary<string, RosterPerson>?>>> _schools = new();

    /// <returns>The person as invited, or null when the roster cannot say for sure.</returns>
    public async Task<RosterPerson?> FindAsync(RoundDefinition round, string school, string person, CancellationToken cancellationToken)
    {
        var people = await _schools.GetOrAdd((round.Id, school), key => new Lazy<Task<Dictionary<string, RosterPerson>?>>(() => LoadAsync(round, key.School, cancellationToken))).Value.ConfigureAwait(false);
        return people?.GetValueOrDefault(person);
    }

    private async Task<Dictionary<string, RosterPerson>?> LoadAsync(RoundDefinition round, string school, CancellationToken cancellationToken)
    {
        var roster = await rosters.GetAsync(school, cancellationToken).ConfigureAwait(false);
        return roster is not null && roster.ImportedUtc < round.StartedUtc
            ? roster.People.Where(p => round.Groups.Contains(p.Group)).ToDictionary(p => p.PersonId, StringComparer.Ordinal)
            : null;
    }
}
