using PolicyKit.SignOff.Publishing;
using PolicyKit.SignOff.Roster;
using PolicyKit.SignOff.Rounds;

namespace PolicyKit.SignOff.Tracking;

/// <summary>
/// Which version of a policy each person on a school's roster has signed, across every round: the version in force,
/// only an older one (and whether a round asks them to sign again), or none. What an inspector asks a school for, so
/// it counts only decisions the service wrote (through <see cref="RoundTracker"/>).
/// </summary>
public sealed class SignedVersions
{
    private readonly RoundTracker _tracker;
    private readonly ReleaseCatalog _catalog;
    private readonly RosterStore _rosters;

    internal SignedVersions(RoundTracker tracker, ReleaseCatalog catalog, RosterStore rosters)
    {
        _tracker = tracker;
        _catalog = catalog;
        _rosters = rosters;
    }

    /// <summary>Everyone on the rosters of <paramref name="round"/>'s schools in its groups, with the versions of its policy they signed.</summary>
    public async Task<VersionCoverage> ForAsync(RoundDefinition round, CancellationToken cancellationToken)
    {
        var byPerson = (await _tracker.AllAsync(cancellationToken).ConfigureAwait(false))
            .Where(r => r.Round.Policy == round.Policy)
            .SelectMany(r => r.People.Select(p => (r.Round, Row: p)))
            .ToLookup(t => (t.Row.School, t.Row.PersonId));
        var people = new List<SignedVersionRow>();
        foreach (var release in round.Releases)
        {
            var current = (await _catalog.LatestAsync(release.School, round.Policy, cancellationToken).ConfigureAwait(false))?.Version ?? release.Version;
            var roster = await _rosters.GetAsync(release.School, cancellationToken).ConfigureAwait(false);
            foreach (var person in roster?.People.Where(p => round.Groups.Contains(p.Group)) ?? [])
            {
                var theirs = byPerson[(person.School, person.PersonId)].ToList();
                var signed = theirs.Where(t => t.Row.Status == PersonStatus.Signed).Select(t => t.Round.Version).Distinct(StringComparer.Ordinal).ToList();
                var latest = signed.Contains(current) ? current : signed.OrderDescending(VersionOrder.Instance).FirstOrDefault();
                var askedAgain = theirs.FirstOrDefault(t => t.Round.Reacceptance is not null && t.Round.Version == current && t.Row.Status != PersonStatus.Signed);
                people.Add(new SignedVersionRow(
                    person.School,
                    release.SchoolName,
                    person.PersonId,
                    person.Name,
                    person.Group,
                    current,
                    latest,
                    askedAgain.Round?.Id,
                    askedAgain.Row?.Status));
            }
        }

        return new VersionCoverage(round.Policy, people
            .OrderBy(p => p.Standing)
            .ThenBy(p => p.SchoolName, StringComparer.OrdinalIgnoreCase)
            .ThenBy(p => p.Name, StringComparer.OrdinalIgnoreCase)
            .ToList());
    }
}
