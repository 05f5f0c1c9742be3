using System.Text;
using Microsoft.Extensions.Logging;
using PolicyKit.SignOff.Chasing;
using PolicyKit.SignOff.Delivery;
using PolicyKit.SignOff.Evidence;
using PolicyKit.SignOff.Publishing;
using PolicyKit.SignOff.Rounds;
using PolicyKit.SignOff.Storage;

namespace PolicyKit.SignOff.Signing;

/// <summary>
/// What a sign link can do: show one person their school's agreement, and record their signature or their refusal
/// exactly once. The decision is created create-only (so twenty submits at once record one), sealed into the
/// round's chain, and a receipt is queued; a request interrupted between those steps is finished by the next one.
/// </summary>
public sealed class SigningService
{
    /// <summary>The longest full name the sign page accepts.</summary>
    public const int MaxNameLength = 200;
    /// <summary>The longest reason for declining.</summary>
    public const int MaxReasonLength = 1000;

    private readonly SignOffStore _store;
    private readonly ReleaseCatalog _catalog;
    private readonly EvidenceChains _chains;
    private readonly DeliveryTrigger _delivery;
    private readonly TimeProvider _time;
    private readonly ImmutableRecords _records;
    private readonly RecordAuthenticator _authenticator;
    private readonly ILogger<SigningService> _logger;

    internal SigningService(SignOffStore store, ImmutableRecords records, ReleaseCatalog catalog, EvidenceChains chains, DeliveryTrigger delivery, RecordAuthenticator authenticator, TimeProvider time, ILogger<SigningService> logger)
    {
        _authenticator = authenticator;
        _logger = logger;
        _store = store;
        _records = records;
        _catalog = catalog;
        _chains = chains;
        _delivery = delivery;
        _time = time;
    }

    /// <summary>What a sign link shows: the person, the round, the release and where the link stands.</summary>
    public async Task<SignContext> OpenAsync(string token, CancellationToken cancellationToken)
    {
        if (!SignTokens.IsWellFormed(token))
        {
            return new SignContext(SignLinkState.Unknown);
        }

        // Links, rounds, invites and decisions never change once written, so each is read from storage once; only
        // the invite's mail state (which link is current) is read every time.
        var link = await _records.ReadAsync<SignLink>(BlobNames.Link(SignTokens.Hash(token)), cancellationToken).ConfigureAwait(false);
        if (link is null)
        {
            return new SignContext(SignLinkState.Unknown);
        }

        var inviteName = BlobNames.Invite(link.RoundId, link.School, link.PersonId);
        var round = await _records.ReadAsync<RoundDefinition>(BlobNames.Round(link.RoundId), cancellationToken).ConfigureAwait(false);
        var invite = await _records.ReadAsync<InviteRecord>(inviteName, cancellationToken).ConfigureAwait(false);
        if (round is null || invite is null || round.ReleaseFor(link.School) is not { } release)
        {
            return new SignContext(SignLinkState.Unknown);
        }

        var school = await _catalog.SchoolAsync(link.School, cancellationToken).ConfigureAwait(false);
        var context = new SignContext(SignLinkState.Open, round, release, invite, school, link.ExpiresUtc);

        var decisionName = BlobNames.Decision(round.Id, link.School, link.PersonId);
        var decision = await _records.ReadAsync<DecisionRecord>(decisionName, cancellationToken).ConfigureAwait(false);
        if (decision is not null && await IsGenuineAsync(decisionName, decision, cancellationToken).ConfigureAwait(false))
        {
            return context with { State = decision.Kind == DecisionRecord.SignedKind ? SignLinkState.Signed : SignLinkState.Declined, Decision = decision };
        }

        var mail = await _store.ReadMetadataAsync(inviteName, cancellationToken).ConfigureAwait(false);
        var state = mail is null ? null : MailState.From(mail);
        // The evidence names the address this link was emailed to, not one corrected since.
        context = context with { Email = link.Email ?? state?.Email ?? invite.Email };
        // A reminder's link works beside the invitation's (the person may click either email); only a resend, which
        // moves LinksValidFromUtc, cancels it. An invitation's link is replaced by the next invitation's.
        var current = link.Kind == SignLink.ReminderKind || state?.TokenHash == SignTokens.Hash(token);
        if (state is null || !current || (state.LinksValidFromUtc is { } validFrom && (link.IssuedUtc ?? DateTimeOffset.MinValue) < validFrom))
        {
            return context with { State = SignLinkState.Replaced };
        }

        return link.ExpiresUtc <= _time.GetUtcNow() ? context with { State = SignLinkState.Expired } : context;
    }

    /// <summary>
    /// Finishes a decision whose recording was interrupted (stored, but not yet sealed or its receipt not queued),
    /// so the person's next visit to their link completes it. Cheap once finished: the receipt is then cached.
    /// </summary>
    public async Task<SignContext> FinishInterruptedAsync(SignContext context, CancellationToken cancellationToken)
    {
        if (context is { State: SignLinkState.Signed or SignLinkState.Declined, Decision: { } decision })
        {
            await FinishAsync(context, decision, recorded: false, null, cancellationToken).ConfigureAwait(false);
        }

        return context;
    }

    /// <summary>The exact document the round pinned for this school, refused if its bytes no longer match the pinned hash.</summary>
    public Task<BinaryData> ReadDocumentAsync(SignContext context, bool pdf, CancellationToken cancellationToken) =>
        PinnedDocument.ReadAsync(_store, context.Round!, context.Release!, pdf, cancellationToken);

    /// <summary>Records a signature (with its evidence) and queues the receipt; a problem with what was typed is returned, not thrown.</summary>
    public async Task<SignResult> SignAsync(string token, string? typedName, bool agreed, RequestEvidence request, CancellationToken cancellationToken)
    {
        var context = await OpenAsync(token, cancellationToken).ConfigureAwait(false);
        var name = NormaliseName(typedName);
        string? problem = context.State != SignLinkState.Open ? null
            : name.Length == 0 ? "Type your full name to sign."
            : name.Length > MaxNameLength ? $"Your name can be at most {MaxNameLength} characters."
            : !agreed ? "Tick the box to confirm you agree to every statement."
            : null;
        if (problem is not null)
        {
            return new SignResult(context, false, null, null, problem);
        }

        return await DecideAsync(context, DecisionRecord.SignedKind, name, null, request, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Records a decline with its reason and tells the business manager; a missing reason is returned as a problem.</summary>
    public async Task<SignResult> DeclineAsync(string token, string? reason, RequestEvidence request, CancellationToken cancellationToken)
    {
        var context = await OpenAsync(token, cancellationToken).ConfigureAwait(false);
        var text = (reason ?? "").Trim();
        string? problem = context.State != SignLinkState.Open ? null
            : text.Length == 0 ? "Say briefly why you are not signing, so the school can follow it up."
            : text.Length > MaxReasonLength ? $"The reason can be at most {MaxReasonLength} characters."
            : null;
        if (problem is not null)
        {
            return new SignResult(context, false, null, null, problem);
        }

        return await DecideAsync(context, DecisionRecord.DeclinedKind, context.Invite?.Name ?? "", text, request, cancellationToken).ConfigureAwait(false);
    }

    private async Task<SignResult> DecideAsync(SignContext context, string kind, string name, string? reason, RequestEvidence request, CancellationToken cancellationToken)
    {
        // A decision already made, but whose receipt is missing, was interrupted: finish it rather than refuse.
        if (context.State is SignLinkState.Signed or SignLinkState.Declined)
        {
            return await FinishAsync(context, context.Decision!, recorded: false, null, cancellationToken).ConfigureAwait(false);
        }

        if (context.State != SignLinkState.Open)
        {
            return new SignResult(context, false, null, null);
        }

        var (round, release, invite) = (context.Round!, context.Release!, context.Invite!);
        var decision = new DecisionRecord
        {
            Kind = kind,
            RoundId = round.Id,
            School = release.School,
            SchoolName = release.SchoolName,
            Policy = round.Policy,
            PolicyTitle = round.PolicyTitle,
            Version = release.Version,
            DocumentFile = release.DocumentFile,
            DocumentSha256 = release.DocumentSha256,
            PersonId = invite.PersonId,
            Group = invite.Group,
            Email = context.Email ?? invite.Email,
            TypedName = name,
            Statements = kind == DecisionRecord.SignedKind ? round.Statements : [],
            DeclineReason = reason,
            AtUtc = _time.GetUtcNow(),
            IpAddress = request.IpAddress,
            UserAgent = request.UserAgent.Length > 512 ? request.UserAgent[..512] : request.UserAgent,
            RequestId = request.RequestId,
        };

        var recordName = BlobNames.Decision(round.Id, release.School, invite.PersonId);
        var bytes = RecordJson.Serialize(decision);
        if (!await _store.TryCreateAsync(recordName, bytes, RecordJson.ContentType, _authenticator.Metadata(recordName, bytes), cancellationToken).ConfigureAwait(false))
        {
            // Someone (most likely the same person, in another tab) decided first: that decision stands, if the
            // service wrote it. One put straight into storage blocks the place and must be looked into.
            var stored = await _store.ReadAsync(recordName, cancellationToken).ConfigureAwait(false)
                ?? throw new SignOffException($"{recordName} exists but could not be read.") { IsTransient = true };
            if (!_authenticator.IsGenuine(recordName, stored.Content, stored.Metadata))
            {
                LogForged(recordName);
                return new SignResult(context, false, null, null, "Your answer could not be recorded: a record PolicyKit did not write is already stored in its place. Your school has been told; please tell your business manager as well.");
            }

            var first = RecordJson.Deserialize<DecisionRecord>(stored.Content, recordName);
            context = context with { State = first.Kind == DecisionRecord.SignedKind ? SignLinkState.Signed : SignLinkState.Declined, Decision = first };
            return await FinishAsync(context, first, recorded: false, null, cancellationToken).ConfigureAwait(false);
        }

        _records.Remember(recordName, decision);
        context = context with { State = kind == DecisionRecord.SignedKind ? SignLinkState.Signed : SignLinkState.Declined, Decision = decision };
        return await FinishAsync(context, decision, recorded: true, Hashing.Sha256Hex(bytes), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Seals the decision into the chain and queues its receipt; safe to repeat.</summary>
    /// <param name="recordSha256">The hash of the decision as just written, or null to read it back from storage.</param>
    private async Task<SignResult> FinishAsync(SignContext context, DecisionRecord decision, bool recorded, string? recordSha256, CancellationToken cancellationToken)
    {
        var recordName = BlobNames.Decision(decision.RoundId, decision.School, decision.PersonId);
        var receiptName = BlobNames.Receipt(decision.RoundId, decision.School, decision.PersonId);

        // A decision this request just created cannot have a receipt yet; an older one may be finished already.
        if (!recorded && await _records.ReadAsync<ReceiptRecord>(receiptName, cancellationToken).ConfigureAwait(false) is not null)
        {
            return new SignResult(context, recorded, decision, null);
        }

        if (recordSha256 is null)
        {
            var stored = await _store.ReadAsync(recordName, cancellationToken).ConfigureAwait(false)
                ?? throw new SignOffException($"{recordName} could not be read back.") { IsTransient = true };

            // Only the service's own decision is ever sealed, however it came to be unsealed.
            if (!_authenticator.IsGenuine(recordName, stored.Content, stored.Metadata))
            {
                LogForged(recordName);
                return new SignResult(context, false, null, null);
            }

            recordSha256 = Hashing.Sha256Hex(stored.Content);
        }

        var entry = await _chains.For(decision.RoundId).SealAsync(recordName, recordSha256, mayBeSealed: !recorded, cancellationToken).ConfigureAwait(false);

        // The receipt record is what marks a decision finished, so the business manager's notice of a decline is
        // queued before it: an interruption between the two is finished by the next visit, notice included.
        if (decision.Kind == DecisionRecord.DeclinedKind)
        {
            _delivery.PullMessage(await QueueDeclineNoticeAsync(decision, cancellationToken).ConfigureAwait(false));
        }

        // Declines are recorded and shown to the school; only a signature gets a receipt by email.
        var reference = $"{decision.RoundId}#{entry.Sequence}-{entry.Hash[..12]}";
        var metadata = decision.Kind == DecisionRecord.SignedKind ? new MailState().ToMetadata() : new MailState { State = MailState.Sent }.ToMetadata();
        await _store.TryCreateAsync(receiptName, RecordJson.Serialize(new ReceiptRecord(recordName, entry.Sequence, entry.Hash, reference)), RecordJson.ContentType, metadata, cancellationToken).ConfigureAwait(false);
        _delivery.PullMessage(receiptName);

        return new SignResult(context, recorded, decision, entry);
    }

    private async Task<bool> IsGenuineAsync(string name, DecisionRecord decision, CancellationToken cancellationToken)
    {
        var metadata = await _store.ReadMetadataAsync(name, cancellationToken).ConfigureAwait(false);
        if (_authenticator.IsGenuine(name, decision, metadata))
        {
            return true;
        }

        LogForged(name);
        return false;
    }

    private void LogForged(string name) =>
        _logger.LogError("{Record} was not written by PolicyKit (it lacks the service's record code): it is not counted or sealed. Someone with write access to storage put it there; check the storage account's access.", name);

    /// <summary>Queues the email that tells the school's business manager of a decline (create-only, so once).</summary>
    private async Task<string> QueueDeclineNoticeAsync(DecisionRecord decision, CancellationToken cancellationToken)
    {
        var name = BlobNames.Notice(decision.RoundId, decision.School, NoticeRecord.DeclineName(decision.PersonId));
        var notice = new NoticeRecord
        {
            Kind = NoticeRecord.DeclineKind,
            RoundId = decision.RoundId,
            School = decision.School,
            People = [new NoticePerson(decision.TypedName, decision.Email, decision.Group, 0)],
            DeclineReason = decision.DeclineReason,
            QueuedUtc = decision.AtUtc,
        };
        await _store.TryCreateAsync(name, RecordJson.Serialize(notice), RecordJson.ContentType, new MailState().ToMetadata(), cancellationToken).ConfigureAwait(false);
        return name;
    }

    /// <summary>Collapses runs of white space and drops control characters, so "Jo  Smith\u0007" is stored as "Jo Smith".</summary>
    internal static string NormaliseName(string? typed)
    {
        var builder = new StringBuilder();
        foreach (var c in (typed ?? "").Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                if (builder.Length > 0 && builder[^1] != ' ')
                {
                    builder.Append(' ');
                }
            }
            else if (!char.IsControl(c) && char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.Format)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
