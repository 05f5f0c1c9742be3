using PolicyKit.SignOff.Publishing;
using PolicyKit.SignOff.Rounds;
using PolicyKit.SignOff.Storage;

namespace PolicyKit.SignOff.Chasing;

/// <summary>
/// What the round's page shows about chasing: when reminders next go out, which schools have no business manager to
/// tell, and each business-manager email with its state (one listing of the round's notices).
/// </summary>
public sealed class ChaseOverview
{
    private readonly SignOffStore _store;
    private readonly ReleaseCatalog _catalog;
    private readonly ReminderChase _chase;

    internal ChaseOverview(SignOffStore store, ReleaseCatalog catalog, ReminderChase chase)
    {
        _store = store;
        _catalog = catalog;
        _chase = chase;
    }

    /// <summary>When reminders next go out, the schools with no business manager to tell, and the round's business-manager emails.</summary>
    public async Task<(DateTimeOffset? NextRun, IReadOnlyList<string> SchoolsWithoutManager, IReadOnlyList<NoticeRow> Notices)> ForAsync(RoundDefinition round, CancellationToken cancellationToken)
    {
        var next = round.Reminders is null && round.SignBy is null ? null : await _chase.NextRunAsync(cancellationToken).ConfigureAwait(false);
        var without = new List<string>();
        foreach (var release in round.Releases)
        {
            var profile = await _catalog.SchoolAsync(release.School, cancellationToken).ConfigureAwait(false);
            if (string.IsNullOrWhiteSpace(profile?.BusinessManager?.Email))
            {
                without.Add(release.SchoolName);
            }
        }

        var notices = (await _store.ListAsync(BlobNames.NoticesPrefix(round.Id), cancellationToken).ConfigureAwait(false))
            .Select(n =>
            {
                var (school, name) = BlobNames.SchoolAndPerson(n.Name);
                var state = MailState.From(n.Metadata);
                return new NoticeRow(round.ReleaseFor(school)?.SchoolName ?? school, name, state.State, state.SentUtc, state.Error);
            })
            .ToList();
        return (next, without, notices);
    }
}
