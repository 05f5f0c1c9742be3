using PolicyKit.SignOff.Evidence;
using PolicyKit.SignOff.Publishing;
using PolicyKit.SignOff.Roster;
using PolicyKit.SignOff.Storage;

namespace PolicyKit.SignOff.Rounds;

/// <summary>
/// After a material new version is published at a school, asks exactly the people who signed the version before it
/// to sign again, in one round per school and version. Nobody else is added: someone who never signed, or declined,
/// is asked by the normal round the business manager starts. Every write is create-only and the round's id follows
/// from the policy, version and school, so publishing again finishes an interrupted start and sends nothing twice.
/// </summary>
/// <remarks>
/// Publish runs without the service's record key, so decisions are not checked for its code here: a record put into
/// storage by hand could at most make someone be asked again. The dashboard, which has the key, counts only genuine ones.
/// </remarks>
internal sealed class ReacceptanceStarter(SignOffStore store, TimeProvider time)
{
    private readonly ImmutableRecords _records = new(store);
    private readonly RosterStore _rosters = new(store, time);

    public async Task<ReacceptanceOutcome?> StartAsync(PublishedRelease release, string schoolName, CancellationToken cancellationToken)
    {
        if (!release.RequiresAcceptance || release.Change is not { Follows: { } previous } change)
        {
            return null;
        }

        ReacceptanceOutcome Outcome(ReacceptanceKind kind, string? round, int invited, int already, IReadOnlyList<NotAskedAgain> notAsked) =>
            new(release.School, schoolName, release.Policy, release.Version, kind, previous, round, invited, already, notAsked);
        // For each earlier version (newest first), whether a material change lies between it and this version: its
        // signers are asked again only then. A minor version carries their signature over; a material one never does.
        var earlier = change.Earlier.Count > 0 ? change.Earlier : [new EarlierVersion(previous, Material: false)];
        var askAgain = new Dictionary<string, bool>(StringComparer.Ordinal);
        var materialSince = change.Material;
        foreach (var version in earlier)
        {
            askAgain.TryAdd(version.Version, materialSince);
            materialSince |= version.Material;
        }

        if (!askAgain.ContainsValue(true))
        {
            return Outcome(ReacceptanceKind.Minor, null, 0, 0, []);
        }

        var roundId = RoundIds.Reacceptance(release.Policy, release.Version, release.School);
        var history = await HistoryAsync(release, earlier.Select(v => v.Version).ToList(), roundId, cancellationToken).ConfigureAwait(false);
        foreach (var (person, decision) in history.PreviousSigners.ToList())
        {
            if (!askAgain[decision.Version])
            {
                history.PreviousSigners.Remove(person);
            }
        }

        // The version people are told they signed is the newest one among those asked; what changed since then
        // includes any material version that was ratified but never published, so nobody signs without being told.
        if (history.PreviousSigners.Count > 0)
        {
            var newestFirst = earlier.Select(e => e.Version).ToList();
            previous = history.PreviousSigners.Values.Select(d => d.Version).MinBy(newestFirst.IndexOf)!;
            var skipped = earlier.TakeWhile(e => e.Version != previous).Where(e => e.Changes is not null).Select(e => $"Version {e.Version}: {e.Changes}").ToList();
            if (skipped.Count > 0)
            {
                change = change with { Changes = string.Join(" ", [$"Version {release.Version}: {change.Changes}", .. skipped]) };
            }
        }

        var roster = (await _rosters.GetAsync(release.School, cancellationToken).ConfigureAwait(false))?.People.ToDictionary(p => p.PersonId, StringComparer.Ordinal) ?? [];
        var groups = release.RequiredFrom.Select(g => PersonGroups.Normalise(g) ?? g).ToList();
        var toInvite = new List<RosterPerson>();
        var notAsked = new List<NotAskedAgain>();
        foreach (var signer in history.PreviousSigners.Values.OrderBy(d => d.TypedName, StringComparer.OrdinalIgnoreCase))
        {
            var listed = roster.GetValueOrDefault(signer.PersonId);
            var reason = history.Left.Contains(signer.PersonId) ? "marked as left"
                : listed is null ? "no longer on the roster"
                : !groups.Contains(listed.Group) ? $"no longer in a group asked to sign ({PersonGroups.Display(listed.Group).ToLowerInvariant()})"
                : history.SignedNew.Contains(signer.PersonId) ? $"already signed {release.Version}"
                : history.AskedNew.Contains(signer.PersonId) ? $"already asked to sign {release.Version} in another round"
                : null;
            if (reason is null)
            {
                toInvite.Add(listed!);
            }
            else
            {
                notAsked.Add(new NotAskedAgain(signer.PersonId, listed?.Name ?? signer.TypedName, reason));
            }
        }

        var existing = await _records.ReadAsync<RoundDefinition>(BlobNames.Round(roundId), cancellationToken).ConfigureAwait(false);
        if (existing is null && toInvite.Count == 0)
        {
            return Outcome(ReacceptanceKind.NoPreviousSigners, null, 0, 0, notAsked) with { ClauseWording = Wording(change, previous, notAsked) };
        }

        var round = existing ?? Define(release, schoolName, roundId, groups, change, previous, notAsked);
        if (existing is null && !await store.TryCreateAsync(BlobNames.Round(roundId), RecordJson.Serialize(round), RecordJson.ContentType, null, cancellationToken).ConfigureAwait(false))
        {
            round = await _records.ReadAsync<RoundDefinition>(BlobNames.Round(roundId), cancellationToken).ConfigureAwait(false) ?? round;
        }

        int invited = 0, already = 0;
        var now = time.GetUtcNow();
        foreach (var person in toInvite)
        {
            var invite = new InviteRecord(round.Id, person.School, person.PersonId, person.Name, person.Email, person.Group, person.StaffId, now);
            var created = await store.TryCreateAsync(BlobNames.Invite(round.Id, person.School, person.PersonId), RecordJson.Serialize(invite), RecordJson.ContentType, new MailState().ToMetadata(), cancellationToken).ConfigureAwait(false);
            _ = created ? invited++ : already++;
        }

        return Outcome(ReacceptanceKind.Started, round.Id, invited, already, notAsked) with { ClauseWording = round.Reacceptance?.ClauseWording() };
    }

    private static string? Wording(VersionChange change, string previous, IReadOnlyList<NotAskedAgain> notAsked) =>
        new Reacceptance(previous, change.Changes, change.MaterialClauses, notAsked).ClauseWording();

    private RoundDefinition Define(PublishedRelease release, string schoolName, string roundId, IReadOnlyList<string> groups, VersionChange change, string previous, IReadOnlyList<NotAskedAgain> notAsked)
    {
        var (signBy, reminders) = RoundDeadline.Check(null, null, time.GetUtcNow());
        var html = release.File("html") ?? throw new SignOffException($"'{release.Title}' {release.Version} for {schoolName} was published without its web page, so nobody can be asked to sign it again. Build with the html format and publish again.");
        var pdf = release.File("pdf");
        return new RoundDefinition
        {
            Id = roundId,
            Policy = release.Policy,
            PolicyTitle = release.Title,
            Version = release.Version,
            Groups = groups.Order(StringComparer.Ordinal).ToList(),
            Statements = release.Statements,
            Releases = [new RoundRelease(release.School, schoolName, release.Version, html.Name, html.Sha256, pdf?.Name, pdf?.Sha256)],
            StartedUtc = time.GetUtcNow(),
            LinkLifetimeDays = SignOffOptions.DefaultLinkLifetimeDays,
            SignBy = signBy,
            Reminders = reminders,
            Reacceptance = new Reacceptance(previous, change.Changes, change.MaterialClauses, notAsked),
        };
    }

    /// <summary>What the school's rounds of the policy say: who signed the previous version, who signed or is asked to sign the new one, and who was marked as left in any round.</summary>
    /// <param name="earlier">The versions in force before the release, newest first: each person's latest signature among them is kept.</param>
    private async Task<History> HistoryAsync(PublishedRelease release, List<string> earlier, string roundId, CancellationToken cancellationToken)
    {
        var history = new History();
        foreach (var id in await store.ListFoldersAsync(BlobNames.RoundsPrefix, cancellationToken).ConfigureAwait(false))
        {
            if (await _records.ReadAsync<RoundDefinition>(BlobNames.Round(id), cancellationToken).ConfigureAwait(false) is not { } round || round.ReleaseFor(release.School) is null)
            {
                continue;
            }

            foreach (var exemption in await store.ListAsync($"{BlobNames.ExemptionsPrefix(id)}{release.School}/", cancellationToken).ConfigureAwait(false))
            {
                if (await _records.ReadAsync<ExemptionRecord>(exemption.Name, cancellationToken).ConfigureAwait(false) is { Kind: ExemptionRecord.LeftKind } left)
                {
                    history.Left.Add(left.PersonId);
                }
            }

            var isPrevious = round.Policy == release.Policy && earlier.Contains(round.Version);
            var isNew = round.Policy == release.Policy && round.Version == release.Version && id != roundId;
            if (!isPrevious && !isNew)
            {
                continue;
            }

            var decided = new HashSet<string>(StringComparer.Ordinal);
            foreach (var listing in await store.ListAsync($"{BlobNames.DecisionsPrefix(id)}{release.School}/", cancellationToken).ConfigureAwait(false))
            {
                if (await _records.ReadAsync<DecisionRecord>(listing.Name, cancellationToken).ConfigureAwait(false) is not { } decision)
                {
                    continue;
                }

                decided.Add(decision.PersonId);
                if (decision.Kind != DecisionRecord.SignedKind)
                {
                    continue;
                }

                if (isPrevious && earlier.Contains(decision.Version))
                {
                    // The latest version the person signed is the one that decides whether they are asked again.
                    if (!history.PreviousSigners.TryGetValue(decision.PersonId, out var known) || Newer(decision.Version, known.Version))
                    {
                        history.PreviousSigners[decision.PersonId] = decision;
                    }
                }
                else if (isNew)
                {
                    history.SignedNew.Add(decision.PersonId);
                }
            }

            if (isNew)
            {
                history.AskedNew.UnionWith((await store.ListAsync($"{BlobNames.InvitesPrefix(id)}{release.School}/", cancellationToken).ConfigureAwait(false))
                    .Select(i => BlobNames.SchoolAndPerson(i.Name).Person)
                    .Where(p => !decided.Contains(p)));
            }
        }

        return history;

        bool Newer(string version, string than) => IndexOf(version) < IndexOf(than);
        int IndexOf(string version) => earlier.IndexOf(version);
    }

    private sealed class History
    {
        public Dictionary<string, DecisionRecord> PreviousSigners { get; } = new(StringComparer.Ordinal);

        public HashSet<string> SignedNew { get; } = new(StringComparer.Ordinal);

        public HashSet<string> AskedNew { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Left { get; } = new(StringComparer.Ordinal);
    }
}
