using PolicyKit.SignOff.Storage;

namespace PolicyKit.SignOff.Coverage;

/// <summary>
/// Each school's published statutory policies in storage (coverage/&lt;school&gt;/snapshot.json). Like a review
/// schedule it is not evidence: each publish replaces the school's snapshot whole, in one blob, so a reader never
/// sees half of one.
/// </summary>
internal sealed class CoverageSnapshots(SignOffStore store)
{
    public Task WriteAsync(CoverageSnapshot snapshot, CancellationToken cancellationToken) =>
        store.UploadAsync(BlobNames.Coverage(snapshot.School), RecordJson.Serialize(snapshot), RecordJson.ContentType, cancellationToken);

    public Task<CoverageSnapshot?> ReadAsync(string school, CancellationToken cancellationToken) =>
        RecordJson.ReadAsync<CoverageSnapshot>(store, BlobNames.Coverage(school), cancellationToken);

    /// <summary>Every published school's snapshot, by school name.</summary>
    public async Task<IReadOnlyList<CoverageSnapshot>> ReadAllAsync(CancellationToken cancellationToken)
    {
        var snapshots = new List<CoverageSnapshot>();
        foreach (var school in await store.ListFoldersAsync(BlobNames.CoveragePrefix, cancellationToken).ConfigureAwait(false))
        {
            if (await ReadAsync(school, cancellationToken).ConfigureAwait(false) is { } snapshot)
            {
                snapshots.Add(snapshot);
            }
        }

        return snapshots.OrderBy(s => s.SchoolName, StringComparer.OrdinalIgnoreCase).ToList();
    }
}
