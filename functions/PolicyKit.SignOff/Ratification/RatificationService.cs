using System.Net.Mail;
using Microsoft.Extensions.Logging;
using PolicyKit.SignOff.Delivery;
using PolicyKit.SignOff.Evidence;
using PolicyKit.SignOff.Publishing;
using PolicyKit.SignOff.Roster;
using PolicyKit.SignOff.Rounds;
using PolicyKit.SignOff.Signing;
using PolicyKit.SignOff.Storage;

namespace PolicyKit.SignOff.Ratification;

/// <summary>
/// Governors approving a proposed version online. The clerk sends a proposal to its chair (and, for information, to
/// governors); the chair approves it or returns it with comments. A request is kept as a round of its own kind: its
/// decision is a <see cref="DecisionRecord"/> (approving is signing the approval statement, returning is declining
/// with the comments as the reason), created create-only with the record key's code and sealed into the request's
/// chain, so the evidence check and the receipts' references work on it unchanged.
/// </summary>
public sealed class RatificationService
{
    /// <summary>The longest comments a chair can return.</summary>
    public const int MaxCommentsLength = 4000;

    /// <summary>The longest covering note or minute reference the clerk can send.</summary>
    public const int MaxMessageLength = 2000;

    private readonly SignOffStore _store;
    private readonly ImmutableRecords _records;
    private readonly ReleaseCatalog _catalog;
    private readonly RosterStore _rosters;
    private readonly EvidenceChains _chains;
    private readonly DeliveryTrigger _delivery;
    private readonly RecordAuthenticator _authenticator;
    private readonly SignOffOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<RatificationService> _logger;

    internal RatificationService(SignOffStore store, ImmutableRecords records, ReleaseCatalog catalog, RosterStore rosters, EvidenceChains chains, DeliveryTrigger delivery,
        RecordAuthenticator authenticator, SignOffOptions options, TimeProvider time, ILogger<RatificationService> logger)
    {
        _store = store;
        _records = records;
        _catalog = catalog;
        _rosters = rosters;
        _chains = chains;
        _delivery = delivery;
        _authenticator = authenticator;
        _options = options;
        _time = time;
        _logger = logger;
    }

    /// <summary>Every proposal as last uploaded, with where it stands, by policy then school.</summary>
    public async Task<IReadOnlyList<ProposalStatus>> ProposalsAsync(CancellationToken cancellationToken)
    {
        var proposals = new List<StoredProposal>();
        foreach (var listing in await _store.ListAsync(BlobNames.ProposalsPrefix, cancellationToken).ConfigureAwait(false))
        {
            if (listing.Name.EndsWith("/proposal.json", StringComparison.Ordinal)
                && await RecordJson.ReadAsync<StoredProposal>(_store, listing.Name, cancellationToken).ConfigureAwait(false) is { } proposal)
            {
                proposals.Add(proposal);
            }
        }

        var requests = await RatificationRecords.AllAsync(_store, _records, cancellationToken).ConfigureAwait(false);
        var statuses = new List<ProposalStatus>();
        foreach (var proposal in proposals)
        {
            var sent = new List<RequestStatus>();
            foreach (var request in requests.Where(r => r.Proposal.Policy == proposal.Policy && r.Proposal.Version == proposal.Version && r.Proposal.Scope == proposal.Scope))
            {
                var decision = await RatificationRecords.DecisionAsync(_store, _records, _authenticator, request, cancellationToken).ConfigureAwait(false);
                sent.Add(decision is null ? await WaitingAsync(request, cancellationToken).ConfigureAwait(false) : new RequestStatus(request, decision));
            }

            var newer = proposals.Any(p => p.Policy == proposal.Policy && p.Scope == proposal.Scope && VersionOrder.Instance.Compare(p.Version, proposal.Version) > 0);
            var latest = sent.Count == 0 ? null : sent[^1];
            var state = latest?.Decision?.Kind switch
            {
                DecisionRecord.SignedKind => ProposalState.Approved,
                _ when newer => ProposalState.Superseded,
                DecisionRecord.DeclinedKind => ProposalState.Returned,
                _ => latest is null ? ProposalState.NotSent : ProposalState.Sent,
            };
            statuses.Add(new ProposalStatus(proposal, state, sent));
        }

        return statuses.OrderBy(s => s.Proposal.Title, StringComparer.CurrentCulture).ThenBy(s => s.Proposal.Policy, StringComparer.Ordinal)
            .ThenByDescending(s => s.Proposal.Version, VersionOrder.Instance).ThenBy(s => s.Proposal.TrustWide ? "" : s.Proposal.SchoolName, StringComparer.CurrentCulture).ToList();
    }

    /// <summary>A request still with the chair: when a fresh link was last sent, and when the chair was reminded.</summary>
    private async Task<RequestStatus> WaitingAsync(RatificationRequest request, CancellationToken cancellationToken)
    {
        var chair = await _store.ReadMetadataAsync(BlobNames.RatificationMail(request.Id, RatificationMessage.ChairName), cancellationToken).ConfigureAwait(false);
        var reminder = await _store.ReadMetadataAsync(BlobNames.RatificationMail(request.Id, RatificationMessage.ReminderName), cancellationToken).ConfigureAwait(false);
        var reminded = reminder is null ? null : MailState.From(reminder);
        return new RequestStatus(request, null, chair is null ? null : MailState.From(chair).LinksValidFromUtc, reminded is { State: MailState.Sent } ? reminded.SentUtc : null);
    }

    /// <summary>
    /// Cancels the chair's links and emails them a fresh one (the first expired, or the email went astray). The request,
    /// and the documents and hashes it pinned, stay as they were sent. Refused once the chair has decided.
    /// </summary>
    /// <returns>The address the new link goes to.</returns>
    /// <exception cref="SignOffException">There is no such request, or the chair has decided it.</exception>
    public async Task<string> ResendAsync(string requestId, string by, CancellationToken cancellationToken)
    {
        var request = requestId.StartsWith(RatificationRecords.IdPrefix, StringComparison.Ordinal) && RoundIds.IsWellFormed(requestId)
            ? await _records.ReadAsync<RatificationRequest>(BlobNames.Ratification(requestId), cancellationToken).ConfigureAwait(false)
            : null;
        if (request is null)
        {
            throw new SignOffException($"There is no request '{requestId}' with a chair. Open it from the Ratifications page.") { IsNotFound = true };
        }

        if (await RatificationRecords.DecisionAsync(_store, _records, _authenticator, request, cancellationToken).ConfigureAwait(false) is { } decision)
        {
            throw new SignOffException(decision.Kind == DecisionRecord.SignedKind
                ? $"{decision.TypedName} approved it on {Mail.UkTime.Date(decision.AtUtc)}, so no new link was sent."
                : $"{request.Chair.Name} returned it with comments on {Mail.UkTime.Date(decision.AtUtc)}, so no new link was sent.");
        }

        var name = BlobNames.RatificationMail(request.Id, RatificationMessage.ChairName);
        // Back to pending with a clean slate, as a resent invitation is; links issued before now stop working once saved.
        var (saved, _) = await MailStateUpdate.ApplyAsync(_store, name, null, _ => new MailState { LinksValidFromUtc = _time.GetUtcNow() }, cancellationToken).ConfigureAwait(false);
        if (saved is null)
        {
            throw new SignOffException("The chair's email was being sent at the same moment; nothing was changed. Try again in a few seconds.") { IsTransient = true };
        }

        _logger.LogInformation("{By} sent the chair of {Request} a new link; earlier links no longer work.", by, request.Id);
        _delivery.Pull();
        return request.Chair.Email!;
    }

    /// <summary>One proposal with where it stands, or null when there is none.</summary>
    public async Task<ProposalStatus?> ProposalAsync(string policy, string version, string scope, CancellationToken cancellationToken) =>
        (await ProposalsAsync(cancellationToken).ConfigureAwait(false)).FirstOrDefault(p => p.Proposal.Policy == policy && p.Proposal.Version == version && p.Proposal.Scope == scope);

    /// <summary>The governors on a school's roster (none for the trust: its board is named by address).</summary>
    public async Task<IReadOnlyList<RosterPerson>> GovernorsAsync(string scope, CancellationToken cancellationToken)
    {
        if (scope == ProposalScopes.Trust || !RoundIds.IsWellFormed(scope))
        {
            return [];
        }

        var roster = await _rosters.GetAsync(scope, cancellationToken).ConfigureAwait(false);
        return roster?.People.Where(p => p.Group == PersonGroups.Governors).OrderBy(p => p.Name, StringComparer.CurrentCulture).ToList() ?? [];
    }

    /// <summary>
    /// Sends the proposal as it stands to the chair, and a copy to each governor chosen. Sending the same revision
    /// again (a double click) returns the request already made and sends nothing twice.
    /// </summary>
    /// <exception cref="SignOffException">Something the clerk typed or chose cannot be used; the message says what to change.</exception>
    public async Task<RatificationRequest> SendAsync(SendRatification send, CancellationToken cancellationToken)
    {
        var status = await ProposalAsync(send.Policy, send.Version, send.Scope, cancellationToken).ConfigureAwait(false)
            ?? throw new SignOffException($"There is no proposal of version {send.Version} of '{send.Policy}' for '{send.Scope}'. Upload it with 'policykit ratifications propose' first.");
        var proposal = status.Proposal;
        var chairName = SigningService.NormaliseName(send.ChairName);
        var chairEmail = (send.ChairEmail ?? "").Trim();
        if (chairName.Length == 0 || chairName.Length > SigningService.MaxNameLength)
        {
            throw new SignOffException("Type the chair's name.");
        }

        if (!IsAddress(chairEmail))
        {
            throw new SignOffException($"'{chairEmail}' is not an email address: type the chair's address, such as chair@millbrook.example.");
        }

        // The same revision sent again lands on its request below (a double click); anything else not sendable is refused.
        if (!status.CanSend && status.Requests.All(r => r.Request.Id != RatificationRecords.RequestId(proposal)))
        {
            throw new SignOffException(WhyNotSendable(status)!);
        }

        var minute = Trimmed(send.MinuteRef, "The minute reference");
        var message = Trimmed(send.Message, "The message to the chair");
        var copies = await CopiesAsync(send, cancellationToken).ConfigureAwait(false);

        var request = new RatificationRequest
        {
            Id = RatificationRecords.RequestId(proposal),
            Proposal = proposal,
            Chair = new ProposalContact(chairName, chairEmail),
            MinuteRef = minute,
            Message = message,
            CopiedTo = copies,
            Statement = $"I approve version {proposal.Version} of {proposal.Title} for {proposal.SchoolName} on behalf of the {proposal.BodyName}, as set out in the documents listed.",
            SentUtc = _time.GetUtcNow(),
            LinkLifetimeDays = _options.LinkLifetimeDays,
        };

        var name = BlobNames.Ratification(request.Id);
        if (!await _store.TryCreateAsync(name, RecordJson.Serialize(request), RecordJson.ContentType, null, cancellationToken).ConfigureAwait(false))
        {
            // This revision was sent already (a second click, or a retry): that request stands, and its emails are queued.
            return await _records.ReadAsync<RatificationRequest>(name, cancellationToken).ConfigureAwait(false)
                ?? throw new SignOffException($"{name} exists but could not be read.") { IsTransient = true };
        }

        _records.Remember(name, request);
        await QueueAsync(request, RatificationMessage.ChairName, RatificationMessage.AskKind, request.Chair, cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < copies.Count; i++)
        {
            await QueueAsync(request, RatificationMessage.CopyName(i + 1), RatificationMessage.CopyKind, copies[i], cancellationToken).ConfigureAwait(false);
        }

        _logger.LogInformation("Ratification request {Request} sent to the chair with {Copies} copies for information.", request.Id, copies.Count);
        _delivery.Pull();
        return request;
    }

    /// <summary>Whether the proposal may be sent now, and if not why not (in the clerk's words).</summary>
    public static string? WhyNotSendable(ProposalStatus status) => status.CanSend ? null : status.State switch
    {
        ProposalState.Sent => $"It was sent to {status.Latest!.Request.Chair.Name} on {Mail.UkTime.Date(status.Latest.Request.SentUtc)} and is waiting for their decision.",
        ProposalState.Approved => $"It was approved by {status.Latest!.Decision!.TypedName} on {Mail.UkTime.Date(status.Latest.Decision.AtUtc)}.",
        ProposalState.Superseded => "A newer version has been proposed since.",
        _ => "It was returned with comments. Revise it and upload it again (with 'policykit ratifications propose') to send it again.",
    };

    private async Task<IReadOnlyList<ProposalContact>> CopiesAsync(SendRatification send, CancellationToken cancellationToken)
    {
        var copies = new List<ProposalContact>();
        var governors = await GovernorsAsync(send.Scope, cancellationToken).ConfigureAwait(false);
        foreach (var id in send.CopyPeople.Distinct(StringComparer.Ordinal))
        {
            var governor = governors.FirstOrDefault(g => g.PersonId == id)
                ?? throw new SignOffException($"'{id}' is not a governor on the school's roster. Choose from the list, or type their address under other addresses.");
            copies.Add(new ProposalContact(governor.Name, governor.Email));
        }

        foreach (var typed in send.CopyAddresses.SelectMany(a => a.Split([',', ';', '\n', '\r', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            if (!IsAddress(typed))
            {
                throw new SignOffException($"'{typed}' is not an email address. Put one address on each line, such as governor@millbrook.example.");
            }

            if (!copies.Any(c => string.Equals(c.Email, typed, StringComparison.OrdinalIgnoreCase)))
            {
                copies.Add(new ProposalContact(typed, typed));
            }
        }

        return copies;
    }

    private async Task QueueAsync(RatificationRequest request, string name, string kind, ProposalContact to, CancellationToken cancellationToken)
    {
        var record = new RatificationMessage(kind, request.Id, to.Name ?? to.Email!, to.Email!, _time.GetUtcNow());
        await _store.TryCreateAsync(BlobNames.RatificationMail(request.Id, name), RecordJson.Serialize(record), RecordJson.ContentType, new MailState().ToMetadata(), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>What a chair's or governor's link shows, and where it stands.</summary>
    public async Task<RatifyContext> OpenAsync(string token, CancellationToken cancellationToken)
    {
        if (!SignTokens.IsWellFormed(token))
        {
            return new RatifyContext(RatifyLinkState.Unknown);
        }

        var link = await _records.ReadAsync<SignLink>(BlobNames.Link(SignTokens.Hash(token)), cancellationToken).ConfigureAwait(false);
        if (link is null || link.Kind is not (RatificationLinks.ChairKind or RatificationLinks.CopyKind)
            || await _records.ReadAsync<RatificationRequest>(BlobNames.Ratification(link.RoundId), cancellationToken).ConfigureAwait(false) is not { } request)
        {
            return new RatifyContext(RatifyLinkState.Unknown);
        }

        var school = request.Proposal.TrustWide ? null : await _catalog.SchoolAsync(request.Proposal.Scope, cancellationToken).ConfigureAwait(false);
        var context = new RatifyContext(RatifyLinkState.Open, request, link.Kind == RatificationLinks.CopyKind, school, link.ExpiresUtc, null, link.Email);
        var decision = await RatificationRecords.DecisionAsync(_store, _records, _authenticator, request, cancellationToken).ConfigureAwait(false);
        if (decision is not null)
        {
            return context with { State = decision.Kind == DecisionRecord.SignedKind ? RatifyLinkState.Approved : RatifyLinkState.Returned, Decision = decision };
        }

        // Only the link in the latest email about this request to this person works, as with sign links.
        // A reminder's link works beside the chair's first one until a fresh link is sent, which cancels both.
        var mail = await _store.ReadMetadataAsync(BlobNames.RatificationMail(request.Id, link.PersonId), cancellationToken).ConfigureAwait(false);
        var chair = link.Kind == RatificationLinks.ChairKind
            ? await _store.ReadMetadataAsync(BlobNames.RatificationMail(request.Id, RatificationMessage.ChairName), cancellationToken).ConfigureAwait(false)
            : mail;
        if (mail is null || MailState.From(mail).TokenHash != SignTokens.Hash(token)
            || (chair is not null && MailState.From(chair).LinksValidFromUtc is { } validFrom && (link.IssuedUtc ?? DateTimeOffset.MinValue) < validFrom))
        {
            return context with { State = RatifyLinkState.Replaced };
        }

        return link.ExpiresUtc <= _time.GetUtcNow() ? context with { State = RatifyLinkState.Expired } : context;
    }

    /// <summary>One of the request's pinned files, refused if its bytes no longer match the hash the request pinned.</summary>
    public async Task<(ProposalFileRecord File, BinaryData Content)?> ReadFileAsync(RatifyContext context, string role, CancellationToken cancellationToken)
    {
        if (context.Request?.Proposal.File(role) is not { } file)
        {
            return null;
        }

        var blob = await _store.ReadAsync(file.Blob, cancellationToken).ConfigureAwait(false)
            ?? throw new SignOffException($"The proposed document {file.Blob} is missing. Upload the proposal again and send it again.");
        if (Hashing.Sha256Hex(blob.Content) != file.Sha256)
        {
            throw new SignOffException($"The proposed document {file.Blob} no longer matches the hash pinned when it was sent, so it cannot be shown.");
        }

        return (file, blob.Content);
    }

    /// <summary>Finishes a decision whose recording was interrupted (stored, but not sealed or its emails not queued).</summary>
    public async Task<RatifyContext> FinishInterruptedAsync(RatifyContext context, CancellationToken cancellationToken)
    {
        if (context is { State: RatifyLinkState.Approved or RatifyLinkState.Returned, Decision: { } decision, Request: { } request })
        {
            await FinishAsync(request, decision, recorded: false, null, cancellationToken).ConfigureAwait(false);
        }

        return context;
    }

    /// <summary>Records the chair's approval with the same evidence as a signature; a problem with what was typed is returned, not thrown.</summary>
    public async Task<RatifyResult> ApproveAsync(string token, string? typedName, bool agreed, RequestEvidence evidence, CancellationToken cancellationToken)
    {
        var context = await OpenAsync(token, cancellationToken).ConfigureAwait(false);
        var name = SigningService.NormaliseName(typedName);
        var problem = context.State != RatifyLinkState.Open || context.ForInformation ? null
            : name.Length == 0 ? "Type your full name to approve."
            : name.Length > SigningService.MaxNameLength ? $"Your name can be at most {SigningService.MaxNameLength} characters."
            : !agreed ? "Tick the box to confirm you approve this version."
            : null;
        return problem is not null ? new RatifyResult(context, false, null, problem) : await DecideAsync(context, DecisionRecord.SignedKind, name, null, evidence, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Records the chair returning the proposal, with their comments for the clerk.</summary>
    public async Task<RatifyResult> ReturnAsync(string token, string? comments, RequestEvidence evidence, CancellationToken cancellationToken)
    {
        var context = await OpenAsync(token, cancellationToken).ConfigureAwait(false);
        var text = (comments ?? "").Trim();
        var problem = context.State != RatifyLinkState.Open || context.ForInformation ? null
            : text.Length == 0 ? "Write your comments, so the clerk and the policy's author know what to change."
            : text.Length > MaxCommentsLength ? $"Comments can be at most {MaxCommentsLength} characters."
            : null;
        return problem is not null ? new RatifyResult(context, false, null, problem) : await DecideAsync(context, DecisionRecord.DeclinedKind, context.Request?.Chair.Name ?? "", text, evidence, cancellationToken).ConfigureAwait(false);
    }

    private async Task<RatifyResult> DecideAsync(RatifyContext context, string kind, string name, string? comments, RequestEvidence evidence, CancellationToken cancellationToken)
    {
        if (context.State is RatifyLinkState.Approved or RatifyLinkState.Returned)
        {
            var finished = await FinishAsync(context.Request!, context.Decision!, recorded: false, null, cancellationToken).ConfigureAwait(false);
            return new RatifyResult(context, false, finished);
        }

        // A governor's copy opens the same request but can never decide it.
        if (context.State != RatifyLinkState.Open || context.ForInformation)
        {
            return new RatifyResult(context, false, null);
        }

        var request = context.Request!;
        var proposal = request.Proposal;
        var shown = context.Shown!;
        var decision = new DecisionRecord
        {
            Kind = kind,
            RoundId = request.Id,
            School = proposal.Scope,
            SchoolName = proposal.SchoolName,
            Policy = proposal.Policy,
            PolicyTitle = proposal.Title,
            Version = proposal.Version,
            DocumentFile = shown.Name,
            DocumentSha256 = shown.Sha256,
            PersonId = RatificationRecords.ChairPerson,
            Group = RatificationRecords.ChairPerson,
            Email = context.Email ?? request.Chair.Email!,
            TypedName = name,
            Statements = kind == DecisionRecord.SignedKind ? [request.Statement] : [],
            DeclineReason = comments,
            AtUtc = _time.GetUtcNow(),
            IpAddress = evidence.IpAddress,
            UserAgent = evidence.UserAgent.Length > 512 ? evidence.UserAgent[..512] : evidence.UserAgent,
            RequestId = evidence.RequestId,
            Documents = proposal.Files.Select(f => new DecisionDocument(f.Name, f.Sha256)).ToList(),
            MinuteRef = request.MinuteRef,
        };

        var recordName = RatificationRecords.DecisionName(request);
        var bytes = RecordJson.Serialize(decision);
        if (!await _store.TryCreateAsync(recordName, bytes, RecordJson.ContentType, _authenticator.Metadata(recordName, bytes), cancellationToken).ConfigureAwait(false))
        {
            // Decided first in another tab: that decision stands, if the service wrote it.
            var stored = await _store.ReadAsync(recordName, cancellationToken).ConfigureAwait(false)
                ?? throw new SignOffException($"{recordName} exists but could not be read.") { IsTransient = true };
            if (!_authenticator.IsGenuine(recordName, stored.Content, stored.Metadata))
            {
                _logger.LogError("{Record} was not written by PolicyKit (it lacks the service's record code): it is not counted or sealed.", recordName);
                return new RatifyResult(context, false, null, "Your decision could not be recorded: a record PolicyKit did not write is already stored in its place. Please tell the clerk.");
            }

            var first = RecordJson.Deserialize<DecisionRecord>(stored.Content, recordName);
            context = context with { State = first.Kind == DecisionRecord.SignedKind ? RatifyLinkState.Approved : RatifyLinkState.Returned, Decision = first };
            return new RatifyResult(context, false, await FinishAsync(request, first, recorded: false, null, cancellationToken).ConfigureAwait(false));
        }

        _records.Remember(recordName, decision);
        context = context with { State = kind == DecisionRecord.SignedKind ? RatifyLinkState.Approved : RatifyLinkState.Returned, Decision = decision };
        return new RatifyResult(context, true, await FinishAsync(request, decision, recorded: true, Hashing.Sha256Hex(bytes), cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Seals the decision into the request's chain and queues the chair's receipt and the clerk's notice; safe to repeat.</summary>
    private async Task<ChainEntry?> FinishAsync(RatificationRequest request, DecisionRecord decision, bool recorded, string? recordSha256, CancellationToken cancellationToken)
    {
        var recordName = RatificationRecords.DecisionName(request);
        var receiptName = RatificationRecords.ReceiptName(request);
        if (!recorded && await _records.ReadAsync<ReceiptRecord>(receiptName, cancellationToken).ConfigureAwait(false) is not null)
        {
            return null;
        }

        if (recordSha256 is null)
        {
            var stored = await _store.ReadAsync(recordName, cancellationToken).ConfigureAwait(false)
                ?? throw new SignOffException($"{recordName} could not be read back.") { IsTransient = true };
            if (!_authenticator.IsGenuine(recordName, stored.Content, stored.Metadata))
            {
                return null;
            }

            recordSha256 = Hashing.Sha256Hex(stored.Content);
        }

        var entry = await _chains.For(request.Id).SealAsync(recordName, recordSha256, mayBeSealed: !recorded, cancellationToken).ConfigureAwait(false);
        if (decision.Kind == DecisionRecord.SignedKind)
        {
            await QueueAsync(request, RatificationMessage.ReceiptName, RatificationMessage.ReceiptKind, new ProposalContact(decision.TypedName, decision.Email), cancellationToken).ConfigureAwait(false);
        }

        if (request.Proposal.Clerk is { Email: { Length: > 0 } clerkEmail } clerk)
        {
            await QueueAsync(request, RatificationMessage.OutcomeName, RatificationMessage.OutcomeKind, new ProposalContact(clerk.Name ?? "Clerk to governors", clerkEmail), cancellationToken).ConfigureAwait(false);
        }
        else
        {
            _logger.LogWarning("{Request} was decided but its proposal names no clerk with an email address, so nobody was told. Give the clerk-to-governors role an email and propose again.", request.Id);
        }

        // The receipt record marks the decision finished (the emails above are queued before it), as for a signature.
        var reference = $"{request.Id}#{entry.Sequence}-{entry.Hash[..12]}";
        await _store.TryCreateAsync(receiptName, RecordJson.Serialize(new ReceiptRecord(recordName, entry.Sequence, entry.Hash, reference)), RecordJson.ContentType,
            new MailState { State = MailState.Sent }.ToMetadata(), cancellationToken).ConfigureAwait(false);
        _delivery.Pull();
        return entry;
    }

    private static string? Trimmed(string? text, string what)
    {
        var value = (text ?? "").Trim();
        if (value.Length > MaxMessageLength)
        {
            throw new SignOffException($"{what} can be at most {MaxMessageLength} characters.");
        }

        return value.Length == 0 ? null : value;
    }

    private static bool IsAddress(string text) =>
        text.Length is > 2 and <= 254 && !text.Any(char.IsWhiteSpace) && MailAddress.TryCreate(text, out var parsed) && parsed.Address == text && text.Contains('.', StringComparison.Ordinal);
}
