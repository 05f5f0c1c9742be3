using PolicyKit.SignOff.Storage;

namespace PolicyKit.SignOff.Rounds;

/// <summary>
/// Who in a round is settled, from one listing of each folder: they decided (signed or declined) or were marked as
/// left or excused, so nothing more is sent to them and their address is not moved. The chase, the mail run and a
/// roster import all ask this the same way.
/// </summary>
internal static class SettledPeople
{
    /// <summary>Everyone who decided or was exempted.</summary>
    public static Task<HashSet<(string School, string Person)>> InAsync(SignOffStore store, string round, CancellationToken cancellationToken) =>
        ListedAsync(store, [BlobNames.DecisionsPrefix(round), BlobNames.ExemptionsPrefix(round)], cancellationToken);

    /// <summary>Everyone marked as left or excused.</summary>
    public static Task<HashSet<(string School, string Person)>> ExemptedAsync(SignOffStore store, string round, CancellationToken cancellationToken) =>
        ListedAsync(store, [BlobNames.ExemptionsPrefix(round)], cancellationToken);

    private static async Task<HashSet<(string School, string Person)>> ListedAsync(SignOffStore store, string[] prefixes, CancellationToken cancellationToken)
    {
        var people = new HashSet<(string School, string Person)>();
        foreach (var prefix in prefixes)
        {
            people.UnionWith((await store.ListAsync(prefix, cancellationToken).ConfigureAwait(false)).Select(b => BlobNames.SchoolAndPerson(b.Name)));
        }

        return people;
    }
}
