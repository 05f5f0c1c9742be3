using PolicyKit.SignOff.Publishing;
using PolicyKit.SignOff.Storage;

namespace PolicyKit.SignOff.Roster;

/// <summary>
/// Reads a roster file and, only when every row is good (or the person asked to skip the bad ones), replaces the
/// rosters of the schools it covers. A file with errors changes nothing.
/// </summary>
/// <param name="openInvites">Moves open invitations to the new addresses; null to leave rounds alone.</param>
public sealed class RosterImporter
{
    private readonly ReleaseCatalog _catalog;
    private readonly RosterStore _rosters;
    private readonly People.OpenInviteAddresses? _openInvites;

    internal RosterImporter(ReleaseCatalog catalog, RosterStore rosters, People.OpenInviteAddresses? openInvites = null)
    {
        _catalog = catalog;
        _rosters = rosters;
        _openInvites = openInvites;
    }

    /// <summary>
    /// An importer for the container <paramref name="storage"/> names, as a command-line tool uses it: open
    /// invitations move to new addresses, and the service's mail run (not this process) sends them.
    /// </summary>
    /// <exception cref="SignOffException">The connection string is not valid.</exception>
    public static RosterImporter Connect(StorageOptions storage, TimeProvider time)
    {
        var store = SignOffStore.Connect(storage);
        return new RosterImporter(new ReleaseCatalog(store), new RosterStore(store, time), new People.OpenInviteAddresses(store, new ImmutableRecords(store), null, time));
    }

    /// <param name="school">The school the whole file is for (its id or name), or null when the file has a School column.</param>
    public Task<RosterImportReport> ImportAsync(Stream csv, string fileName, string? school, bool skipInvalid, CancellationToken cancellationToken) =>
        ImportAsync(csv, fileName, school, skipInvalid, roleGroups: null, cancellationToken);

    /// <param name="roleGroups">
    /// Job role to group for each school id, from the trust's sources; null to use the tables published with each school's profile.
    /// </param>
    public async Task<RosterImportReport> ImportAsync(
        Stream csv, string fileName, string? school, bool skipInvalid, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? roleGroups, CancellationToken cancellationToken)
    {
        var profiles = await _catalog.SchoolsAsync(cancellationToken).ConfigureAwait(false);
        if (profiles.Count == 0)
        {
            throw new SignOffException("No school has been published yet, so no roster can be matched to one. Run 'policykit publish' first.");
        }

        var schools = profiles
            .Select(p => roleGroups is null ? RosterSchool.From(p) : new RosterSchool(p.Id, p.Name, roleGroups.GetValueOrDefault(p.Id)))
            .ToList();
        var options = new RosterImportOptions(schools);
        if (school is not null)
        {
            var chosen = options.Find(school)
                ?? throw new SignOffException($"There is no school '{school}'. Known schools: {options.Describe()}.");
            options = options with { DefaultSchool = chosen.Id };
        }

        // Read the upload asynchronously first: web servers refuse synchronous reads of a request body.
        using var buffer = new MemoryStream();
        await csv.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        buffer.Position = 0;
        var import = RosterCsvReader.Read(buffer, fileName, options);
        var fatal = import.People.Count == 0 && import.HasProblems;
        if (fatal || (import.HasProblems && !skipInvalid))
        {
            return new RosterImportReport(false, new Dictionary<string, int>(), import.Problems, 0, import.HeaderRejected) { SkippingWouldHelp = !fatal };
        }

        var replaced = options.DefaultSchool is { } only ? new[] { only } : [];
        var counts = await _rosters.ReplaceAsync(replaced, import.People, fileName, cancellationToken).ConfigureAwait(false);
        var moved = _openInvites is null ? 0 : await _openInvites.UpdateAsync(import.People, cancellationToken).ConfigureAwait(false);
        return new RosterImportReport(true, counts, import.Problems, import.Problems.Count, OpenInvitesUpdated: moved);
    }
}
