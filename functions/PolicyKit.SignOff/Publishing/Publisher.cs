using System.Collections.Concurrent;
using PolicyKit.SignOff.Storage;

namespace PolicyKit.SignOff.Publishing;

/// <summary>
/// Uploads a finished build: every output file under documents/&lt;school&gt;/&lt;policy&gt;/&lt;version&gt;/ with its SHA-256,
/// a release record per document, each school's branding profile and review schedule, and the trust's email templates. Published files
/// never change: publishing the same version again uploads only what is missing, and a version whose inputs changed
/// is refused so nobody's signature ends up pointing at a document that was swapped underneath it. Only the files the
/// build vouched for are read, and each must still hash to what the build recorded: a file changed on disk since
/// (by hand, or by another build) is refused, never uploaded under this version.
/// </summary>
public sealed class Publisher
{
    private static readonly (string Extension, string ContentType)[] Formats =
    [
        ("html", "text/html; charset=utf-8"),
        ("pdf", "application/pdf"),
        ("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    ];

    /// <summary>Blob metadata naming the input hash a published file was made from.</summary>
    private const string InputMetadata = "input";

    private readonly SignOffStore _store;
    private readonly TimeProvider _time;

    internal Publisher(SignOffStore store, TimeProvider time)
    {
        _store = store;
        _time = time;
    }

    /// <summary>A publisher for the container <paramref name="storage"/> names.</summary>
    /// <exception cref="SignOffException">The connection string is not valid.</exception>
    public static Publisher Connect(StorageOptions storage, TimeProvider time) => new(SignOffStore.Connect(storage), time);

    /// <summary>Checks a trust's email templates folder before anything is built or uploaded: a broken template would stop every email.</summary>
    /// <exception cref="SignOffException">A template file is missing or wrong.</exception>
    public static void CheckEmailTemplates(string folder) => Mail.EmailTemplates.LoadDirectory(folder);

    /// <summary>Uploads what is missing and records each release; a file that no longer matches its build is refused, not uploaded.</summary>
    public async Task<PublishReport> PublishAsync(PublishRequest request, CancellationToken cancellationToken)
    {
        await _store.EnsureContainerAsync(cancellationToken).ConfigureAwait(false);
        var files = new ConcurrentBag<PublishedFileResult>();
        var problems = new ConcurrentBag<string>();
        var releases = new ConcurrentBag<(PublishedRelease Release, bool IsNew)>();

        await Parallel.ForEachAsync(request.Documents, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken }, async (candidate, ct) =>
        {
            var outcome = await PublishDocumentAsync(candidate, ct).ConfigureAwait(false);
            foreach (var file in outcome.Files)
            {
                files.Add(file);
            }

            if (outcome.Problem is { } problem)
            {
                problems.Add(problem);
            }
            else if (outcome.Release is { } release)
            {
                releases.Add((release, outcome.IsNew));
            }
        }).ConfigureAwait(false);

        foreach (var profile in request.Schools)
        {
            await _store.UploadAsync(BlobNames.Profile(profile.Id), RecordJson.Serialize(profile), RecordJson.ContentType, cancellationToken).ConfigureAwait(false);
        }

        // A schedule is replaced whole (one blob, so a reader never sees half of one); the reminder chase reads it.
        foreach (var schedule in request.Reviews ?? [])
        {
            await _store.UploadAsync(BlobNames.ReviewSchedule(schedule.School), RecordJson.Serialize(schedule), RecordJson.ContentType, cancellationToken).ConfigureAwait(false);
        }

        // Replaced whole like a schedule; the dashboard works out overdue reviews from its dates when it shows it.
        var coverage = new Coverage.CoverageSnapshots(_store);
        foreach (var snapshot in request.Coverage)
        {
            await coverage.WriteAsync(snapshot, cancellationToken).ConfigureAwait(false);
        }

        foreach (var calendar in request.Calendars)
        {
            // Not evidence either: a calendar shows the latest review dates, and its events' UIDs make the change an update.
            var name = BlobNames.Calendar(calendar.School);
            var content = BinaryData.FromString(calendar.Ics);
            var current = await _store.ReadAsync(name, cancellationToken).ConfigureAwait(false);
            var unchanged = current is not null && current.Content.ToMemory().Span.SequenceEqual(content.ToMemory().Span);
            if (!unchanged)
            {
                await _store.UploadAsync(name, content, Calendars.CalendarFeeds.ContentType, cancellationToken).ConfigureAwait(false);
            }

            files.Add(new PublishedFileResult(name, unchanged ? PublishOutcome.AlreadyPublished : PublishOutcome.Uploaded));
        }

        if (request.EmailTemplatesFolder is { } emailTemplatesFolder && Directory.Exists(emailTemplatesFolder))
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

        var again = await AskAgainAsync(releases, request.Schools, cancellationToken).ConfigureAwait(false);
        return new PublishReport(files.OrderBy(f => f.BlobName, StringComparer.Ordinal).ToList(), problems.Order(StringComparer.Ordinal).ToList()) { Reacceptance = again };
    }

    /// <summary>
    /// Asks the signers of the version before a material one to sign again. Checked on every publish, not only when
    /// the release is new, so a start that was interrupted is finished; a minor change is reported only when it is new.
    /// </summary>
    private async Task<IReadOnlyList<Rounds.ReacceptanceOutcome>> AskAgainAsync(IEnumerable<(PublishedRelease Release, bool IsNew)> releases, IReadOnlyList<SchoolProfile> schools, CancellationToken cancellationToken)
    {
        var starter = new Rounds.ReacceptanceStarter(_store, _time);
        var outcomes = new List<Rounds.ReacceptanceOutcome>();
        foreach (var (release, isNew) in releases.OrderBy(r => r.Release.Policy, StringComparer.Ordinal).ThenBy(r => r.Release.School, StringComparer.Ordinal))
        {
            if (!isNew && release.Change?.Material != true)
            {
                continue;
            }

            var schoolName = schools.FirstOrDefault(s => s.Id == release.School)?.Name ?? release.School;
            if (await starter.StartAsync(release, schoolName, cancellationToken).ConfigureAwait(false) is { } outcome)
            {
                outcomes.Add(outcome);
            }
        }

        return outcomes;
    }

    private async Task<(IReadOnlyList<PublishedFileResult> Files, string? Problem, PublishedRelease? Release, bool IsNew)> PublishDocumentAsync(ReleaseCandidate candidate, CancellationToken cancellationToken)
    {
        var school = candidate.School;
        var releaseName = BlobNames.Release(school, candidate.Policy, candidate.Version);
        var existing = await _store.ReadAsync(releaseName, cancellationToken).ConfigureAwait(false);
        var previous = existing is null ? null : RecordJson.Deserialize<PublishedRelease>(existing.Content, releaseName);
        if (previous is not null && previous.InputHash != candidate.InputHash)
        {
            return ([], $"{candidate.SourcePath}: version {candidate.Version} of '{candidate.Policy}' for {school} was already published from different sources. " +
                        "Add a new entry to version-history (e.g. the next version number) and publish again.", null, false);
        }

        // Read every file first, so a document with one file changed since the build publishes none of them.
        var built = new List<(CandidateFile File, string ContentType, BinaryData Content)>();
        foreach (var (extension, contentType) in Formats)
        {
            if (candidate.Files.FirstOrDefault(f => f.Name.EndsWith("." + extension, StringComparison.OrdinalIgnoreCase)) is not { } file)
            {
                continue;
            }

            var content = await ReadBuiltAsync(file, cancellationToken).ConfigureAwait(false);
            if (content is null || Hashing.Sha256Hex(content) != file.Sha256)
            {
                return ([], $"{file.Path}: the file changed after the build made it from {candidate.SourcePath}, so it was not published. Nothing of {school}/{candidate.Policy} {candidate.Version} was uploaded; run publish again.", null, false);
            }

            built.Add((file, contentType, content));
        }

        var results = new List<PublishedFileResult>();
        var published = new List<PublishedFile>(previous?.Files ?? []);
        foreach (var (file, contentType, content) in built)
        {
            var blobName = BlobNames.Document(school, candidate.Policy, candidate.Version, file.Name);
            if (published.FirstOrDefault(f => f.Name == file.Name) is { } kept)
            {
                // The same inputs rendered again (LibreOffice's PDFs differ run to run): the published copy stays.
                results.Add(new PublishedFileResult(blobName, file.Sha256 == kept.Sha256 ? PublishOutcome.AlreadyPublished : PublishOutcome.KeptPublishedCopy));
                continue;
            }

            var stored = content;
            var sha = file.Sha256;
            var created = await _store.TryCreateAsync(blobName, content, contentType, new Dictionary<string, string> { ["sha256"] = sha, [InputMetadata] = candidate.InputHash }, cancellationToken).ConfigureAwait(false);
            if (!created)
            {
                // An earlier publish stored the file but stopped before its release record. Made from the same
                // sources, it is kept (a PDF rendered again differs byte for byte); made from others, it is refused.
                var existingFile = await _store.ReadAsync(blobName, cancellationToken).ConfigureAwait(false);
                if (existingFile?.Metadata.GetValueOrDefault(InputMetadata) is { } madeFrom && madeFrom != candidate.InputHash)
                {
                    return (results, $"{candidate.SourcePath}: an interrupted publish left {blobName} made from different sources under version {candidate.Version}. " +
                                     "Add a new entry to version-history (e.g. the next version number) and publish again.", null, false);
                }

                stored = existingFile?.Content ?? content;
                sha = Hashing.Sha256Hex(stored);
            }

            published.Add(new PublishedFile(file.Name, contentType, stored.ToMemory().Length, sha));
            results.Add(new PublishedFileResult(blobName, created ? PublishOutcome.Uploaded : PublishOutcome.KeptPublishedCopy));
        }

        if (published.Count == (previous?.Files.Count ?? -1))
        {
            return (results, null, previous, false);
        }

        var release = new PublishedRelease
        {
            School = school,
            Policy = candidate.Policy,
            Title = candidate.Title,
            Version = candidate.Version,
            InputHash = candidate.InputHash,
            RequiredFrom = candidate.RequiredFrom.Select(g => Roster.PersonGroups.Normalise(g) ?? g).ToList(),
            Statements = candidate.Statements,
            Files = published,
            PublishedUtc = previous?.PublishedUtc ?? _time.GetUtcNow(),
            Change = previous is null ? candidate.Change : previous.Change,
        };

        // The release record is written last, so a reader never sees a release whose files are not all there.
        if (await _store.TryReplaceAsync(releaseName, RecordJson.Serialize(release), RecordJson.ContentType, existing?.ETag, cancellationToken).ConfigureAwait(false) is null)
        {
            return (results, $"{school}/{candidate.Policy} {candidate.Version} was being published by someone else at the same time; run publish again.", null, false);
        }

        return (results, null, release, previous is null);
    }

    private static async Task<BinaryData?> ReadBuiltAsync(CandidateFile file, CancellationToken cancellationToken)
    {
        try
        {
            return BinaryData.FromBytes(await File.ReadAllBytesAsync(file.Path, cancellationToken).ConfigureAwait(false));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
