using PolicyKit.SignOff.Storage;

namespace PolicyKit.SignOff.Publishing;

/// <summary>Reads what has been published: school profiles, releases and their files.</summary>
public sealed class ReleaseCatalog
{
    private static readonly TimeSpan ProfileLifetime = TimeSpan.FromMinutes(1);
    private readonly SignOffStore _store;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (SchoolProfile Profile, DateTimeOffset ReadUtc)> _profiles = new(StringComparer.Ordinal);

    internal ReleaseCatalog(SignOffStore store) => _store = store;

    /// <summary>Every published school's profile.</summary>
    public async Task<IReadOnlyList<SchoolProfile>> SchoolsAsync(CancellationToken cancellationToken)
    {
        var schools = new List<SchoolProfile>();
        foreach (var id in await _store.ListFoldersAsync(BlobNames.ProfilesPrefix, cancellationToken).ConfigureAwait(false))
        {
            if (await SchoolAsync(id, cancellationToken).ConfigureAwait(false) is { } profile)
            {
                schools.Add(profile);
            }
        }

        return schools.OrderBy(s => s.Name, StringComparer.OrdinalIgnoreCase).ToList();
    }

    /// <summary>A school's branding. Every sign page shows it, so it is kept for a minute: a publish reaches pages that soon.</summary>
    internal async Task<SchoolProfile?> SchoolAsync(string school, CancellationToken cancellationToken)
    {
        var now = DateTimeOffset.UtcNow;
        if (_profiles.TryGetValue(school, out var cached) && cached.ReadUtc + ProfileLifetime > now)
        {
            return cached.Profile;
        }

        var profile = await RecordJson.ReadAsync<SchoolProfile>(_store, BlobNames.Profile(school), cancellationToken).ConfigureAwait(false);
        if (profile is not null)
        {
            _profiles[school] = (profile, now);
        }

        return profile;
    }

    /// <returns>The newest published version of a school's policy, or null when none is published.</returns>
    public async Task<PublishedRelease?> LatestAsync(string school, string policy, CancellationToken cancellationToken)
    {
        var versions = await _store.ListFoldersAsync(BlobNames.ReleaseFolder(school, policy), cancellationToken).ConfigureAwait(false);
        foreach (var version in versions.OrderDescending(VersionOrder.Instance))
        {
            if (await ReleaseAsync(school, policy, version, cancellationToken).ConfigureAwait(false) is { } release)
            {
                return release;
            }
        }

        return null;
    }

    /// <summary>One published version of a school's policy, or null when it was not published.</summary>
    public Task<PublishedRelease?> ReleaseAsync(string school, string policy, string version, CancellationToken cancellationToken) =>
        RecordJson.ReadAsync<PublishedRelease>(_store, BlobNames.Release(school, policy, version), cancellationToken);

    /// <summary>The newest release of every policy that asks people to accept it, for each school.</summary>
    public async Task<IReadOnlyList<PublishedRelease>> AcceptancePoliciesAsync(string school, CancellationToken cancellationToken) =>
        (await PoliciesAsync(school, cancellationToken).ConfigureAwait(false)).Where(r => r.RequiresAcceptance).ToList();

    /// <summary>The newest release of every policy published for a school, by title.</summary>
    public async Task<IReadOnlyList<PublishedRelease>> PoliciesAsync(string school, CancellationToken cancellationToken)
    {
        var releases = new List<PublishedRelease>();
        foreach (var policy in await _store.ListFoldersAsync($"documents/{school}/", cancellationToken).ConfigureAwait(false))
        {
            if (await LatestAsync(school, policy, cancellationToken).ConfigureAwait(false) is { } release)
            {
                releases.Add(release);
            }
        }

        return releases.OrderBy(r => r.Title, StringComparer.OrdinalIgnoreCase).ToList();
    }

    /// <summary>One published file, refused if its bytes no longer match the hash its release recorded.</summary>
    public async Task<BinaryData> FileAsync(PublishedRelease release, PublishedFile file, CancellationToken cancellationToken)
    {
        var name = BlobNames.Document(release.School, release.Policy, release.Version, file.Name);
        var blob = await _store.ReadAsync(name, cancellationToken).ConfigureAwait(false)
            ?? throw new SignOffException($"The published document {name} is missing. Publish the policy again under a new version.");
        return Hashing.Sha256Hex(blob.Content) == file.Sha256
            ? blob.Content
            : throw new SignOffException($"The published document {name} no longer matches the hash recorded when it was published, so it cannot be shown.");
    }
}
