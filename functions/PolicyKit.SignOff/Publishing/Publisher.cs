using System.Collections.Concurrent;
using PolicyKit.Generator.Building;
using PolicyKit.Model.Document;
using PolicyKit.SignOff.Storage;
using PolicyKit.Sources.Loading;

namespace PolicyKit.SignOff.Publishing;

/// <summary>
/// Uploads a finished build: every output file under documents/&lt;school&gt;/&lt;policy&gt;/&lt;version&gt;/ with its SHA-256,
/// a release record per document, each school's branding profile and the trust's email templates. Published files
/// never change: publishing the same version again uploads only what is missing, and a version whose inputs changed
/// is refused so nobody's signature ends up pointing at a document that was swapped underneath it.
/// </summary>
internal sealed class Publisher
{
    private static readonly (string Extension, string ContentType)[] Formats =
    [
        ("html", "text/html; charset=utf-8"),
        ("pdf", "application/pdf"),
        ("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    ];

    private readonly SignOffStore _store;
    private readonly TimeProvider _time;

    public Publisher(SignOffStore store, TimeProvider time)
    {
        _store = store;
        _time = time;
    }

    /// <param name="outputRoot">The build's output folder (the files must be current: publish runs the build first).</param>
    /// <param name="emailTemplatesFolder">templates/email of the trust, or null to leave the published templates alone.</param>
    public async Task<PublishReport> PublishAsync(Compilation compilation, string outputRoot, string? emailTemplatesFolder, CancellationToken cancellationToken)
    {
        await _store.EnsureContainerAsync(cancellationToken).ConfigureAwait(false);
        var files = new ConcurrentBag<PublishedFileResult>();
        var problems = new ConcurrentBag<string>();

        await Parallel.ForEachAsync(compilation.Documents, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken }, async (planned, ct) =>
        {
            var outcome = await PublishDocumentAsync(planned, outputRoot, ct).ConfigureAwait(false);
            foreach (var file in outcome.Files)
            {
                files.Add(file);
            }

            if (outcome.Problem is { } problem)
            {
                problems.Add(problem);
            }
        }).ConfigureAwait(false);

        foreach (var school in compilation.Documents.GroupBy(d => d.School.Id))
        {
            var profile = ProfileOf(school.First(), compilation.Sources);
            await _store.UploadAsync(BlobNames.Profile(profile.Id), RecordJson.Serialize(profile), RecordJson.ContentType, cancellationToken).ConfigureAwait(false);
        }

        if (emailTemplatesFolder is not null && Directory.Exists(emailTemplatesFolder))
        {
            foreach (var path in Directory.EnumerateFiles(emailTemplatesFolder, "*.scriban").Order(StringComparer.Ordinal))
            {
                // Templates are not evidence: the latest publish wins, and an unchanged one is left alone.
                var name = BlobNames.EmailTemplate(Path.GetFileName(path));
                var content = BinaryData.FromBytes(await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false));
                var current = await _store.ReadAsync(name, cancellationToken).ConfigureAwait(false);
                if (current is not null && current.Content.ToMemory().Span.SequenceEqual(content.ToMemory().Span))
                {
                    files.Add(new PublishedFileResult(name, PublishOutcome.AlreadyPublished));
                    continue;
                }

                await _store.UploadAsync(name, content, "text/plain; charset=utf-8", cancellationToken).ConfigureAwait(false);
                files.Add(new PublishedFileResult(name, PublishOutcome.Uploaded));
            }
        }

        return new PublishReport(files.OrderBy(f => f.BlobName, StringComparer.Ordinal).ToList(), problems.Order(StringComparer.Ordinal).ToList());
    }

    private async Task<(IReadOnlyList<PublishedFileResult> Files, string? Problem)> PublishDocumentAsync(PlannedDocument planned, string outputRoot, CancellationToken cancellationToken)
    {
        var info = planned.Document.Info;
        var school = planned.School.Id;
        var releaseName = BlobNames.Release(school, info.PolicyId, info.Version);
        var existing = await _store.ReadAsync(releaseName, cancellationToken).ConfigureAwait(false);
        var previous = existing is null ? null : RecordJson.Deserialize<PublishedRelease>(existing.Content, releaseName);
        if (previous is not null && previous.InputHash != info.InputHash)
        {
            return ([], $"{planned.Policy.Path}: version {info.Version} of '{info.PolicyId}' for {school} was already published from different sources. " +
                        "Add a new entry to version-history (e.g. the next version number) and publish again.");
        }

        var results = new List<PublishedFileResult>();
        var published = new List<PublishedFile>(previous?.Files ?? []);
        foreach (var (extension, contentType) in Formats)
        {
            var path = Path.Combine(outputRoot, planned.RelativePath(extension));
            if (!File.Exists(path))
            {
                continue;
            }

            var fileName = Path.GetFileName(path);
            var blobName = BlobNames.Document(school, info.PolicyId, info.Version, fileName);
            if (published.Any(f => f.Name == fileName))
            {
                var kept = published.First(f => f.Name == fileName);
                var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
                results.Add(new PublishedFileResult(blobName, Hashing.Sha256Hex(bytes) == kept.Sha256 ? PublishOutcome.AlreadyPublished : PublishOutcome.KeptPublishedCopy));
                continue;
            }

            var content = BinaryData.FromBytes(await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false));
            var sha = Hashing.Sha256Hex(content);
            var created = await _store.TryCreateAsync(blobName, content, contentType, new Dictionary<string, string> { ["sha256"] = sha }, cancellationToken).ConfigureAwait(false);
            if (!created)
            {
                // An earlier publish stored the file but stopped before its release record: keep what is there.
                var stored = await _store.ReadAsync(blobName, cancellationToken).ConfigureAwait(false);
                sha = stored is null ? sha : Hashing.Sha256Hex(stored.Content);
                content = stored?.Content ?? content;
            }

            published.Add(new PublishedFile(fileName, contentType, content.ToMemory().Length, sha));
            results.Add(new PublishedFileResult(blobName, created ? PublishOutcome.Uploaded : PublishOutcome.KeptPublishedCopy));
        }

        if (published.Count == (previous?.Files.Count ?? -1))
        {
            return (results, null);
        }

        var release = new PublishedRelease
        {
            School = school,
            Policy = info.PolicyId,
            Title = info.Title,
            Version = info.Version,
            InputHash = info.InputHash,
            RequiredFrom = planned.Policy.Acceptance?.RequiredFrom.Select(g => Roster.PersonGroups.Normalise(g) ?? g).ToList() ?? [],
            Statements = planned.Policy.Acceptance?.Statements ?? [],
            Files = published,
            PublishedUtc = previous?.PublishedUtc ?? _time.GetUtcNow(),
        };

        // The release record is written last, so a reader never sees a release whose files are not all there.
        if (await _store.TryReplaceAsync(releaseName, RecordJson.Serialize(release), RecordJson.ContentType, existing?.ETag, cancellationToken).ConfigureAwait(false) is null)
        {
            return (results, $"{school}/{info.PolicyId} {info.Version} was being published by someone else at the same time; run publish again.");
        }

        return (results, null);
    }

    private static SchoolProfile ProfileOf(PlannedDocument planned, SourceSet sources)
    {
        var info = planned.Document.Info;
        var logo = info.Organisation.Logo;
        var site = info.Organisation.Sites.Count > 0 ? info.Organisation.Sites[0] : null;
        return new SchoolProfile(
            planned.School.Id,
            info.Organisation.Name,
            info.Branding.PrimaryColour,
            info.Branding.AccentColour,
            logo is null ? null : Convert.ToBase64String(logo.Bytes.Span),
            logo?.Format switch { ImageFormat.Png => "image/png", ImageFormat.Jpeg => "image/jpeg", _ => null },
            logo?.AltText,
            site is null ? null : string.Join(", ", site.AddressLines),
            planned.School.Email ?? site?.Email,
            RoleGroups: sources.RosterGroupsFor(planned.School));
    }
}
