using PolicyKit.SignOff.Publishing;

namespace PolicyKit.SignOff.Roster;

/// <summary>
/// Reads a roster file and, only when every row is good (or the person asked to skip the bad ones), replaces the
/// rosters of the schools it covers. A file with errors changes nothing.
/// </summary>
/// <param name="openInvites">Moves open invitations to the new addresses; null to leave rounds alone.</param>
internal sealed class RosterImporter(ReleaseCatalog catalog, RosterStore rosters, People.OpenInviteAddresses? openInvites = null)
{
    /// <param name="school">The school the whole file is for, or null when the file has a School column.</param>
    public async Task<RosterImportReport> ImportAsync(Stream csv, string fileName, string? school, bool skipInvalid, CancellationToken cancellationToken)
    {
        var known = (await catalog.SchoolsAsync(cancellationToken).ConfigureAwait(false)).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        if (known.Count == 0)
        {
            throw new SignOffException("No school has been published yet, so no roster can be matched to one. Run 'policykit publish' first.");
        }

        if (school is not null && !known.Contains(school))
        {
            throw new SignOffException($"There is no school '{school}'. Known schools: {string.Join(", ", known.Order(StringComparer.Ordinal))}.");
        }

        // Read the upload asynchronously first: web servers refuse synchronous reads of a request body.
        using var buffer = new MemoryStream();
        await csv.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        buffer.Position = 0;
        var import = RosterCsvReader.Read(buffer, fileName, new RosterImportOptions(known, school));
        var fatal = import.People.Count == 0 && import.HasProblems;
        if (fatal || (import.HasProblems && !skipInvalid))
        {
            return new RosterImportReport(false, new Dictionary<string, int>(), import.Problems, 0);
        }

        var schools = school is null ? [] : new[] { school };
        var counts = await rosters.ReplaceAsync(schools, import.People, fileName, cancellationToken).ConfigureAwait(false);
        var moved = openInvites is null ? 0 : await openInvites.UpdateAsync(import.People, cancellationToken).ConfigureAwait(false);
        return new RosterImportReport(true, counts, import.Problems, import.Problems.Count, moved);
    }
}
