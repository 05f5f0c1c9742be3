using PolicyKit.SignOff.Publishing;
using PolicyKit.SignOff.Roster;
using PolicyKit.SignOff.Storage;
using PolicyKit.SignOff.Tracking;

namespace PolicyKit.SignOff.Rounds;

/// <summary>
/// Starts a round: pins each school's published document by hash, then records one invite per person. Every write
/// is create-only, so starting again (after a storage failure, or to reach people added to a roster since) finishes
/// what is missing and touches nothing else. People who already signed the version, or are asked to in another open
/// round, are left out (see <see cref="RoundAudience"/>). Sending is the dispatcher's job.
/// </summary>
public sealed class RoundStarter
{
    private readonly SignOffStore _store;
    private readonly ReleaseCatalog _catalog;
    private readonly SignOffOptions _options;
    private readonly TimeProvider _time;
    private readonly ImmutableRecords _records;
    private readonly RoundAudience _audience;

    internal RoundStarter(SignOffStore store, ImmutableRecords records, ReleaseCatalog catalog, RosterStore rosters, RoundTracker tracker, SignOffOptions options, TimeProvider time)
    {
        _audience = new RoundAudience(store, rosters, tracker);
        _store = store;
        _records = records;
        _catalog = catalog;
        _options = options;
        _time = time;
    }

    /// <summary>What starting would do, school by school, without writing anything.</summary>
    public async Task<RoundPreview> PreviewAsync(StartRoundRequest request, CancellationToken cancellationToken)
    {
        var round = await DefineAsync(request, cancellationToken).ConfigureAwait(false);
        var existing = await _records.ReadAsync<RoundDefinition>(BlobNames.Round(round.Id), cancellationToken).ConfigureAwait(false);
        return (await _audience.PlanAsync(existing ?? round, existing is not null, cancellationToken).ConfigureAwait(false)).Preview;
    }

    /// <summary>Starts the round (or invites whoever joined a roster since it started) and queues the invitations.</summary>
    /// <exception cref="SignOffException">The request cannot be started as it stands; the message says what to change.</exception>
    public async Task<StartRoundResult> StartAsync(StartRoundRequest request, CancellationToken cancellationToken)
    {
        await _store.EnsureContainerAsync(cancellationToken).ConfigureAwait(false);
        var round = await DefineAsync(request, cancellationToken).ConfigureAwait(false);
        var existing = await RecordJson.ReadAsync<RoundDefinition>(_store, BlobNames.Round(round.Id), cancellationToken).ConfigureAwait(false);

        // A school without a roster is refused before anything is written, so it is never included with nobody in it.
        var (preview, people) = await _audience.PlanAsync(existing ?? round, existing is not null, cancellationToken).ConfigureAwait(false);
        if (preview.Problem is { } problem)
        {
            throw new SignOffException(problem);
        }

        if (existing is null && !await _store.TryCreateAsync(BlobNames.Round(round.Id), RecordJson.Serialize(round), RecordJson.ContentType, null, cancellationToken).ConfigureAwait(false))
        {
            existing = await RecordJson.ReadAsync<RoundDefinition>(_store, BlobNames.Round(round.Id), cancellationToken).ConfigureAwait(false);
        }

        // A repeated start keeps the documents the round first pinned, even if a later publish added files.
        round = existing ?? round;

        var invited = 0;
        var already = preview.Schools.Sum(s => s.AlreadyInvited);
        var now = _time.GetUtcNow();
        await Parallel.ForEachAsync(people, new ParallelOptions { MaxDegreeOfParallelism = _options.StorageParallelism, CancellationToken = cancellationToken }, async (person, ct) =>
        {
            var invite = new InviteRecord(round.Id, person.School, person.PersonId, person.Name, person.Email, person.Group, person.StaffId, now);
            var name = BlobNames.Invite(round.Id, person.School, person.PersonId);
            var created = await _store.TryCreateAsync(name, RecordJson.Serialize(invite), RecordJson.ContentType, new MailState().ToMetadata(), ct).ConfigureAwait(false);
            if (created)
            {
                // The dispatcher that sends the invitation in this process need not read it back.
                _records.Remember(name, invite);
            }

            Interlocked.Increment(ref created ? ref invited : ref already);
        }).ConfigureAwait(false);

        return new StartRoundResult(round, invited, already, existing is not null) { Schools = preview.Schools };
    }

    private async Task<RoundDefinition> DefineAsync(StartRoundRequest request, CancellationToken cancellationToken)
    {
        // Checked first: a date typed wrong is refused before anything about the policy is looked up or written.
        var (signBy, reminders) = RoundDeadline.Check(request.SignBy, request.Reminders, _time.GetUtcNow());
        var schools = request.Schools.Count > 0
            ? request.Schools
            : (await _catalog.SchoolsAsync(cancellationToken).ConfigureAwait(false)).Select(s => s.Id).ToList();
        if (schools.Count == 0)
        {
            throw new SignOffException("No school has been published yet. Run 'policykit publish' first.");
        }

        var releases = new List<(PublishedRelease Release, SchoolProfile School)>();
        foreach (var school in schools.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var profile = await _catalog.SchoolAsync(school, cancellationToken).ConfigureAwait(false)
                ?? throw new SignOffException($"There is no school '{school}'. Publish its documents first, or choose one of the schools listed.");
            var release = await _catalog.LatestAsync(school, request.Policy, cancellationToken).ConfigureAwait(false);
            if (release is null && request.Schools.Count == 0)
            {
                continue;
            }

            if (release is null)
            {
                throw new SignOffException($"'{request.Policy}' has not been published for {profile.Name}. Run 'policykit publish' first.");
            }

            if (!release.RequiresAcceptance)
            {
                throw new SignOffException($"'{release.Title}' does not ask anyone to accept it: add 'acceptance:' with 'required-from' and 'statements' to its source, then publish it again.");
            }

            if (release.File("html") is null)
            {
                throw new SignOffException($"'{release.Title}' {release.Version} for {profile.Name} was published without its web page. Build with the html format and publish again.");
            }

            releases.Add((release, profile));
        }

        if (releases.Count == 0)
        {
            throw new SignOffException($"'{request.Policy}' has not been published for any school. Run 'policykit publish' first.");
        }

        var versions = releases.Select(r => r.Release.Version).Distinct(StringComparer.Ordinal).ToList();
        if (versions.Count > 1)
        {
            throw new SignOffException($"The schools chosen have different published versions of '{request.Policy}' ({string.Join(", ", versions)}). Publish every school's documents again so they match.");
        }

        var first = releases[0].Release;
        var required = first.RequiredFrom;
        var groups = request.Groups.Count > 0 ? request.Groups.Select(g => PersonGroups.Normalise(g) ?? g).Distinct(StringComparer.Ordinal).ToList() : required.ToList();
        var unasked = groups.Where(g => !required.Contains(g)).ToList();
        if (unasked.Count > 0)
        {
            throw new SignOffException($"'{first.Title}' asks only {string.Join(", ", required.Select(PersonGroups.Display))} to accept it, not {string.Join(", ", unasked.Select(PersonGroups.Display))}.");
        }

        return new RoundDefinition
        {
            Id = RoundIds.For(request.Policy, first.Version, releases.Select(r => r.Release.School), groups),
            Policy = request.Policy,
            PolicyTitle = first.Title,
            Version = first.Version,
            Groups = groups.Order(StringComparer.Ordinal).ToList(),
            Statements = first.Statements,
            Releases = releases.Select(r => new RoundRelease(
                r.Release.School,
                r.School.Name,
                r.Release.Version,
                r.Release.File("html")!.Name,
                r.Release.File("html")!.Sha256,
                r.Release.File("pdf")?.Name,
                r.Release.File("pdf")?.Sha256)).ToList(),
            StartedUtc = _time.GetUtcNow(),
            LinkLifetimeDays = _options.LinkLifetimeDays,
            SignBy = signBy,
            Reminders = reminders,
        };
    }
}
