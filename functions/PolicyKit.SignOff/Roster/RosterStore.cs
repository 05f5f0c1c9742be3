using PolicyKit.SignOff.Storage;

namespace PolicyKit.SignOff.Roster;

/// <summary>Keeps each school's roster. Imports never merge half a file: each school's list is replaced in one write.</summary>
internal sealed class RosterStore
{
    private readonly SignOffStore _store;
    private readonly TimeProvider _time;

    public RosterStore(SignOffStore store, TimeProvider time)
    {
        _store = store;
        _time = time;
    }

    public Task<StoredRoster?> GetAsync(string school, CancellationToken cancellationToken) =>
        RecordJson.ReadAsync<StoredRoster>(_store, BlobNames.Roster(school), cancellationToken);

    /// <summary>Replaces the rosters of every school that appears in <paramref name="people"/> (and of <paramref name="schools"/>).</summary>
    /// <returns>The number of people now on each school's roster.</returns>
    public async Task<IReadOnlyDictionary<string, int>> ReplaceAsync(IEnumerable<string> schools, IReadOnlyList<RosterPerson> people, string sourceFile, CancellationToken cancellationToken)
    {
        await _store.EnsureContainerAsync(cancellationToken).ConfigureAwait(false);
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var school in schools.Concat(people.Select(p => p.School)).Distinct(StringComparer.Ordinal))
        {
            var list = people.Where(p => p.School == school).OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase).ToList();
            var roster = new StoredRoster(school, Path.GetFileName(sourceFile), _time.GetUtcNow(), list);
            await _store.UploadAsync(BlobNames.Roster(school), RecordJson.Serialize(roster), RecordJson.ContentType, cancellationToken).ConfigureAwait(false);
            counts[school] = list.Count;
        }

        return counts;
    }
}
