using Microsoft.Extensions.Logging;
using PolicyKit.SignOff.Delivery;
using PolicyKit.SignOff.Evidence;
using PolicyKit.SignOff.Roster;
using PolicyKit.SignOff.Rounds;
using PolicyKit.SignOff.Storage;

namespace PolicyKit.SignOff.People;

/// <summary>
/// What a business manager does for one person in a round: send a fresh link (to a corrected address if need be),
/// or mark them as having left or excused. Mail state changes only with If-Match; an exemption is evidence,
/// created once and sealed into the round's chain like a decision.
/// </summary>
public sealed class RoundPeople
{
    private readonly SignOffStore _store;
    private readonly ImmutableRecords _records;
    private readonly RecordAuthenticator _authenticator;
    private readonly EvidenceChains _chains;
    private readonly DeliveryTrigger _delivery;
    private readonly TimeProvider _time;
    private readonly ILogger<RoundPeople> _logger;

    internal RoundPeople(SignOffStore store, ImmutableRecords records, RecordAuthenticator authenticator, EvidenceChains chains, DeliveryTrigger delivery, TimeProvider time, ILogger<RoundPeople> logger)
    {
        _store = store;
        _records = records;
        _authenticator = authenticator;
        _chains = chains;
        _delivery = delivery;
        _time = time;
        _logger = logger;
    }

    /// <summary>The longest reason for marking someone as left or excused.</summary>
    public const int MaxReasonLength = 1000;

    /// <summary>One person in a round, with their decision or exemption if they have one.</summary>
    /// <exception cref="SignOffException">There is no such person in the round (<see cref="SignOffException.IsNotFound"/>).</exception>
    public async Task<RoundPerson> FindAsync(string roundId, string school, string personId, CancellationToken cancellationToken)
    {
        var round = RoundIds.IsWellFormed(roundId) ? await _records.ReadAsync<RoundDefinition>(BlobNames.Round(roundId), cancellationToken).ConfigureAwait(false) : null;
        var inviteName = BlobNames.Invite(roundId, school, personId);
        var invite = round is null || !IsSlug(school) || !IsSlug(personId) ? null : await _records.ReadAsync<InviteRecord>(inviteName, cancellationToken).ConfigureAwait(false);
        if (round is null || invite is null)
        {
            throw new SignOffException($"There is no person '{personId}' at '{school}' in round '{roundId}'. Open the person from the round's page.") { IsNotFound = true };
        }

        var decision = await GenuineAsync<DecisionRecord>(BlobNames.Decision(roundId, school, personId), cancellationToken).ConfigureAwait(false);
        var exemption = await GenuineAsync<ExemptionRecord>(BlobNames.Exemption(roundId, school, personId), cancellationToken).ConfigureAwait(false);
        return new RoundPerson(round, invite, inviteName, decision, exemption);
    }

    /// <summary>Where the person's invitation stands (sent, failed, a corrected address); null when it has no state yet.</summary>
    public async Task<MailState?> MailStateAsync(RoundPerson person, CancellationToken cancellationToken) =>
        await _store.ReadMetadataAsync(person.InviteName, cancellationToken).ConfigureAwait(false) is { } metadata ? MailState.From(metadata) : null;

    /// <summary>Cancels every link sent so far and queues a fresh one, to <paramref name="correctedEmail"/> when given.</summary>
    /// <returns>The address the new link goes to.</returns>
    public async Task<string> ResendAsync(string roundId, string school, string personId, string? correctedEmail, string by, CancellationToken cancellationToken)
    {
        var email = string.IsNullOrWhiteSpace(correctedEmail) ? null : correctedEmail.Trim();
        if (email is not null && !RosterEmail.IsValid(email))
        {
            throw new SignOffException($"'{email}' is not an email address a mail server will accept. Type one plain address, such as jo.smith@school.example.");
        }

        var person = await FindAsync(roundId, school, personId, cancellationToken).ConfigureAwait(false);
        if (person.Settled is { } settled)
        {
            throw new SignOffException(settled);
        }

        var changed = false;
        var (saved, _) = await MailStateUpdate.ApplyAsync(_store, person.InviteName, null, state =>
        {
            var now = _time.GetUtcNow();
            changed = email is not null && !string.Equals(email, state.Email ?? person.Invite.Email, StringComparison.OrdinalIgnoreCase);

            // Back to pending with a clean slate; links issued before now stop working once this is saved.
            return new MailState
            {
                LinksValidFromUtc = now,
                Email = changed ? email : state.Email,
                EmailChangedUtc = changed ? now : state.EmailChangedUtc,
            };
        }, cancellationToken).ConfigureAwait(false);
        if (saved is not null)
        {
            _logger.LogInformation("{By} sent {Person} in {Round} a new link{Corrected}; earlier links no longer work.", by, $"{school}/{personId}", roundId, changed ? " at a corrected address" : "");
            _delivery.PullMessage(person.InviteName);
            return saved.Email ?? person.Invite.Email;
        }

        throw new SignOffException("The person's email was being sent at the same moment; nothing was changed. Try again in a few seconds.") { IsTransient = true };
    }

    /// <summary>Records that the person has left or is excused, with a reason; they are then not chased or counted as outstanding.</summary>
    public async Task<ExemptionRecord> ExemptAsync(string roundId, string school, string personId, string? kind, string? reason, string by, string requestId, CancellationToken cancellationToken)
    {
        var why = (reason ?? "").Trim();
        kind = kind?.Trim().ToLowerInvariant();
        var problem = !ExemptionRecord.IsKind(kind) ? "Choose whether the person has left the school or is excused from this round."
            : why.Length == 0 ? "Give the reason (for example \"Left on 31 March\" or \"On maternity leave until September\"); it is kept with the round's evidence."
            : why.Length > MaxReasonLength ? $"The reason can be at most {MaxReasonLength} characters."
            : null;
        if (problem is not null)
        {
            throw new SignOffException(problem);
        }

        var person = await FindAsync(roundId, school, personId, cancellationToken).ConfigureAwait(false);
        var name = BlobNames.Exemption(roundId, school, personId);
        if (person.Settled is { } settled)
        {
            if (person is { Decision: null, Exemption: not null } && await _store.ReadAsync(name, cancellationToken).ConfigureAwait(false) is { } earlier)
            {
                // A repeat of an exemption whose sealing was interrupted: finish it.
                await _chains.For(roundId).SealAsync(name, Hashing.Sha256Hex(earlier.Content), mayBeSealed: true, cancellationToken).ConfigureAwait(false);
            }

            throw new SignOffException(settled);
        }

        var record = new ExemptionRecord
        {
            Kind = kind!,
            RoundId = roundId,
            School = school,
            PersonId = personId,
            Name = person.Invite.Name,
            Email = person.Invite.Email,
            Reason = why,
            AtUtc = _time.GetUtcNow(),
            By = by,
            RequestId = requestId,
        };
        var bytes = RecordJson.Serialize(record);
        if (!await _store.TryCreateAsync(name, bytes, RecordJson.ContentType, _authenticator.Metadata(name, bytes), cancellationToken).ConfigureAwait(false))
        {
            // Another admin marked the same person a moment earlier: theirs stands. Only a record the service did not
            // write is a problem to report.
            var first = await _store.ReadAsync(name, cancellationToken).ConfigureAwait(false);
            if (first is not null && _authenticator.IsGenuine(name, first.Content, first.Metadata))
            {
                var existing = RecordJson.Deserialize<ExemptionRecord>(first.Content, name);
                await _chains.For(roundId).SealAsync(name, Hashing.Sha256Hex(first.Content), mayBeSealed: true, cancellationToken).ConfigureAwait(false);
                throw new SignOffException($"{person.Invite.Name} was marked as {existing.Kind} by {existing.By} at the same time; that record stands.");
            }

            throw new SignOffException($"A record PolicyKit did not write is stored at {name}; it is not counted. Tell whoever looks after the trust's storage.");
        }

        _records.Remember(name, record);
        await _chains.For(roundId).SealAsync(name, Hashing.Sha256Hex(bytes), mayBeSealed: false, cancellationToken).ConfigureAwait(false);
        _logger.LogInformation("{By} marked {Person} in {Round} as {Kind} (request {RequestId}).", by, $"{school}/{personId}", roundId, record.Kind, requestId);
        return record;
    }

    private async Task<T?> GenuineAsync<T>(string name, CancellationToken cancellationToken)
        where T : class
    {
        var stored = await _store.ReadAsync(name, cancellationToken).ConfigureAwait(false);
        return stored is not null && _authenticator.IsGenuine(name, stored.Content, stored.Metadata) ? RecordJson.Deserialize<T>(stored.Content, name) : null;
    }

    private static bool IsSlug(string text) =>
        text.Length is > 0 and <= 120 && !text.Contains("..", StringComparison.Ordinal) && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');
}
