using Microsoft.Extensions.Logging;
using PolicyKit.SignOff.Chasing;
using PolicyKit.SignOff.Mail;
using PolicyKit.SignOff.Publishing;
using PolicyKit.SignOff.Roster;
using PolicyKit.SignOff.Rounds;
using PolicyKit.SignOff.Signing;
using PolicyKit.SignOff.Storage;

namespace PolicyKit.SignOff.Delivery;

/// <summary>
/// Sends every invitation, receipt, reminder, business-manager notice and review reminder that is due, after running the reminder
/// chase when its schedule says so. One instance of the service sends at a time (it holds a blob
/// lease for the run), and each message is marked sent, with If-Match, as soon as the mail server accepts it, so a
/// message is sent once; a later run only picks up what is still pending. An invitation gets a fresh link on each
/// attempt, and only the link's hash is stored. Each message costs two storage calls (its link and its state),
/// which is what lets 10,000 invitations go out in about a minute against a local Azurite.
/// </summary>
public sealed class MailDispatcher : IDisposable
{
    private readonly SignOffStore _store;
    private readonly ImmutableRecords _records;
    private readonly ReleaseCatalog _catalog;
    private readonly ReminderChase _chaser;
    private readonly MessageBuilder _builder;
    private readonly ReviewMessageBuilder _reviews;
    private readonly Ratification.RatificationMessages _ratifications;
    private readonly RosterStore _rosters;
    private readonly EmailTemplateSource _templates;
    private readonly MailSender _sender;
    private readonly MailOptions _mailOptions;
    private readonly SignOffOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<MailDispatcher> _logger;

    internal MailDispatcher(SignOffStore store, ImmutableRecords records, ReleaseCatalog catalog, ReminderChase chaser, MessageBuilder builder, ReviewMessageBuilder reviews, RosterStore rosters, EmailTemplateSource templates, MailSender sender, MailOptions mailOptions, SignOffOptions options, TimeProvider time, ILogger<MailDispatcher> logger, Ratification.RatificationMessages ratifications)
    {
        _ratifications = ratifications;
        _store = store;
        _records = records;
        _catalog = catalog;
        _chaser = chaser;
        _builder = builder;
        _reviews = reviews;
        _rosters = rosters;
        _templates = templates;
        _sender = sender;
        _mailOptions = mailOptions;
        _options = options;
        _time = time;
        _logger = logger;
    }

    private readonly SemaphoreSlim _oneRunAtATime = new(1, 1);

    /// <inheritdoc/>
    public void Dispose() => _oneRunAtATime.Dispose();

    /// <summary>Sends everything due in every round.</summary>
    public Task<DispatchRun> RunAsync(CancellationToken cancellationToken) => RunAsync(null, cancellationToken);

    /// <summary>Sends the named messages if they are due (a receipt just queued), without listing every round.</summary>
    public Task<DispatchRun> SendAsync(IReadOnlyList<string> messages, CancellationToken cancellationToken) => RunAsync(messages, cancellationToken);

    private async Task<DispatchRun> RunAsync(IReadOnlyList<string>? only, CancellationToken cancellationToken)
    {
        await _oneRunAtATime.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await _store.EnsureContainerAsync(cancellationToken).ConfigureAwait(false);
            await using var hold = await _store.TryLockAsync(BlobNames.DispatchLock, TimeSpan.FromSeconds(60), cancellationToken).ConfigureAwait(false);
            if (hold is null)
            {
                // Another instance is sending; it will pick up whatever is due.
                return new DispatchRun(0, 0, 0);
            }

            var snapshot = new RosterSnapshot(_rosters);
            var composer = new MailComposer(await _templates.GetAsync(cancellationToken).ConfigureAwait(false), _mailOptions, _time);
            var now = _time.GetUtcNow();
            int delivered = 0, retrying = 0, failed = 0;
            void Count(MailOutcome outcome) => Interlocked.Increment(ref outcome.IsDelivered ? ref delivered : ref outcome.IsPermanent ? ref failed : ref retrying);
            async ValueTask DeliverAsync(DueMessage item, CancellationToken ct) =>
                Count(await TrySendAsync(item.Message.Name, c => SendAsync(composer, item, snapshot, c), ct).ConfigureAwait(false));

            // Each reminder is sent as soon as the chase records it, so its storage calls overlap other messages'
            // SMTP time; the listing below then finds it sent and picks up only what is still pending.
            var chase = only is null
                ? await ChaseAsync((round, reminder, ct) => DeliverAsync(new DueMessage(round, reminder, MessageKind.Reminder, JustQueued: true), ct), cancellationToken).ConfigureAwait(false)
                : ChaseRun.NotDue;
            var due = only is null ? await DueAsync(now, cancellationToken).ConfigureAwait(false) : await DueAsync(only, now, cancellationToken).ConfigureAwait(false);
            // Most of a message's time is its storage calls, so more messages are in flight than there are SMTP
            // connections; the transport's pool makes the rest wait their turn for a connection.
            await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(_options.StorageParallelism, _mailOptions.MaxConnections * 2), CancellationToken = cancellationToken }, DeliverAsync).ConfigureAwait(false);

            // Review reminders belong to no round: a handful a day per school, listed on every full run.
            var reviews = only is null ? await _reviews.DueAsync(now, cancellationToken).ConfigureAwait(false) : [];
            await Parallel.ForEachAsync(reviews, new ParallelOptions { MaxDegreeOfParallelism = _mailOptions.MaxConnections, CancellationToken = cancellationToken }, async (review, ct) =>
                Count(await TrySendAsync(review.Name, c => SendReviewAsync(composer, review, c), ct).ConfigureAwait(false))).ConfigureAwait(false);

            // Ratification emails (to a chair, governors, the clerk) belong to no round either: a few a term.
            var ratifications = only is null ? await _ratifications.DueAsync(now, cancellationToken).ConfigureAwait(false) : [];
            await Parallel.ForEachAsync(ratifications, new ParallelOptions { MaxDegreeOfParallelism = _mailOptions.MaxConnections, CancellationToken = cancellationToken }, async (message, ct) =>
                Count(await TrySendAsync(message.Name, c => SendRatificationAsync(composer, message, c), ct).ConfigureAwait(false))).ConfigureAwait(false);

            if (due.Count > 0 || reviews.Count > 0 || ratifications.Count > 0 || chase.RemindersQueued > 0)
            {
                _logger.LogInformation("Mail run: {Delivered} delivered, {Retrying} to retry, {Failed} failed", delivered, retrying, failed);
            }

            return new DispatchRun(delivered, retrying, failed, chase.RemindersQueued, chase.NoticesQueued, chase.ReviewRemindersQueued);
        }
        finally
        {
            _oneRunAtATime.Release();
        }
    }

    /// <summary>The reminder chase, kept from stopping the rest of the run: receipts and invitations still go if it fails.</summary>
    private async Task<ChaseRun> ChaseAsync(Func<RoundDefinition, BlobListing, CancellationToken, ValueTask> send, CancellationToken cancellationToken)
    {
        try
        {
            return await _chaser.RunIfDueAsync(send, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Its last-run record is written only when a chase finishes, so the next run tries again.
            _logger.LogError(ex, "The reminder chase failed; the rest of the mail run goes on and the next run chases again.");
            return ChaseRun.NotDue;
        }
    }

    private async Task<List<DueMessage>> DueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var due = new List<DueMessage>();
        foreach (var id in await _store.ListFoldersAsync(BlobNames.RoundsPrefix, cancellationToken).ConfigureAwait(false))
        {
            if (await _records.ReadAsync<RoundDefinition>(BlobNames.Round(id), cancellationToken).ConfigureAwait(false) is not { } round)
            {
                continue;
            }

            // People marked as left or excused get no more invitations or reminders; their messages simply stay unsent.
            var exempt = await SettledPeople.ExemptedAsync(_store, id, cancellationToken).ConfigureAwait(false);
            foreach (var (prefix, kind) in Folders(id))
            {
                foreach (var message in await _store.ListAsync(prefix, cancellationToken).ConfigureAwait(false))
                {
                    if (MailState.From(message.Metadata).IsDeliverable(now) && !IsWithheld(kind, message.Name, exempt))
                    {
                        due.Add(new DueMessage(round, message, kind));
                    }
                }
            }
        }

        return due;
    }

    private static (string Prefix, MessageKind Kind)[] Folders(string round) =>
    [
        (BlobNames.InvitesPrefix(round), MessageKind.Invitation),
        (BlobNames.ReceiptsPrefix(round), MessageKind.Receipt),
        (BlobNames.RemindersPrefix(round), MessageKind.Reminder),
        (BlobNames.NoticesPrefix(round), MessageKind.Notice),
    ];

    private async Task<List<DueMessage>> DueAsync(IReadOnlyList<string> names, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var due = new List<DueMessage>();
        foreach (var name in names.Distinct(StringComparer.Ordinal))
        {
            if (DueMessage.KindOf(name) is not { } kind
                || await _records.ReadAsync<RoundDefinition>(BlobNames.Round(name.Split('/')[1]), cancellationToken).ConfigureAwait(false) is not { } round)
            {
                continue;
            }

            if (kind is MessageKind.Invitation or MessageKind.Reminder && IsWithheld(kind, name, await SettledPeople.ExemptedAsync(_store, round.Id, cancellationToken).ConfigureAwait(false)))
            {
                continue;
            }

            if (await _store.ReadListingAsync(name, cancellationToken).ConfigureAwait(false) is { } message && MailState.From(message.Metadata).IsDeliverable(now))
            {
                due.Add(new DueMessage(round, message, kind));
            }
        }

        return due;
    }

    /// <summary>Invitations and reminders to someone marked as left or excused are not sent; receipts and notices are.</summary>
    private static bool IsWithheld(MessageKind kind, string name, HashSet<(string School, string Person)> exempt) => kind switch
    {
        MessageKind.Invitation => exempt.Contains(BlobNames.SchoolAndPerson(name)),
        MessageKind.Reminder => BlobNames.ReminderParts(name) is var parts && exempt.Contains((parts.School, parts.Person)),
        _ => false,
    };

    private async Task<MailOutcome> TrySendAsync(string name, Func<CancellationToken, Task<MailOutcome>> send, CancellationToken cancellationToken)
    {
        try
        {
            return await send(cancellationToken).ConfigureAwait(false);
        }
        catch (SignOffException ex)
        {
            // Storage trouble or a document that no longer matches its hash: leave the message for the next run.
            _logger.LogWarning("Could not send {Message}: {Reason}", name, ex.Message);
            return MailOutcome.Failed(false, ex.Message, 0);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // One message that cannot be made must not stop everyone else's: it stays pending and is logged.
            _logger.LogError(ex, "Could not send {Message}", name);
            return MailOutcome.Failed(false, ex.Message, 0);
        }
    }

    /// <returns>The outcome of sending one review reminder to a policy's owner or the clerk.</returns>
    private async Task<MailOutcome> SendReviewAsync(MailComposer composer, BlobListing message, CancellationToken cancellationToken)
    {
        var state = MailState.From(message.Metadata);
        var attempt = state.Attempts + 1;
        MailOutcome? unusable = null;
        MimeKit.MimeMessage? mime = null;
        try
        {
            var (built, unsendable) = await _reviews.BuildAsync(composer, message, _time.GetUtcNow(), attempt, cancellationToken).ConfigureAwait(false);
            mime = built;
            unusable = unsendable is null ? null : MailOutcome.Failed(true, unsendable, 0);
        }
        catch (MimeKit.ParseException ex)
        {
            unusable = MailOutcome.Failed(true, $"The email address could not be used: {ex.Message}", 1);
        }

        var outcome = unusable ?? await _sender.SendAsync(mime!, cancellationToken).ConfigureAwait(false);
        await SaveOutcomeAsync(message, state with { NextAttemptUtc = null }, attempt, outcome, cancellationToken).ConfigureAwait(false);
        return outcome;
    }

    /// <returns>The outcome of sending one email about a ratification request.</returns>
    private async Task<MailOutcome> SendRatificationAsync(MailComposer composer, BlobListing message, CancellationToken cancellationToken)
    {
        var state = MailState.From(message.Metadata);
        var attempt = state.Attempts + 1;
        var claim = state with { NextAttemptUtc = null };
        MailOutcome? unusable = null;
        MimeKit.MimeMessage? mime = null;
        try
        {
            var (built, claimed, unsendable) = await _ratifications.BuildAsync(composer, message, claim, _time.GetUtcNow(), attempt, cancellationToken).ConfigureAwait(false);
            (mime, claim) = (built, claimed);
            unusable = unsendable is null ? null : MailOutcome.Failed(true, unsendable, 0);
        }
        catch (MimeKit.ParseException ex)
        {
            unusable = MailOutcome.Failed(true, $"The email address could not be used: {ex.Message}", 1);
        }

        var outcome = unusable ?? await _sender.SendAsync(mime!, cancellationToken).ConfigureAwait(false);
        await SaveOutcomeAsync(message, claim, attempt, outcome, cancellationToken).ConfigureAwait(false);
        return outcome;
    }

    /// <returns>The outcome of sending the message.</returns>
    private async Task<MailOutcome> SendAsync(MailComposer composer, DueMessage due, RosterSnapshot snapshot, CancellationToken cancellationToken)
    {
        var (round, message) = (due.Round, due.Message);
        var schoolId = due.Kind == MessageKind.Reminder ? BlobNames.ReminderParts(message.Name).School : BlobNames.SchoolAndPerson(message.Name).School;
        var state = MailState.From(message.Metadata);
        var now = _time.GetUtcNow();
        var attempt = state.Attempts + 1;
        var claim = state with { NextAttemptUtc = null };
        (string Token, SignLink Link)? link = null;
        if (due.Kind is MessageKind.Invitation or MessageKind.Reminder)
        {
            // A reminder's link works beside the invitation's; an invitation's replaces the one it sent before.
            var token = SignTokens.Create();
            claim = claim with { TokenHash = SignTokens.Hash(token), ExpiresUtc = now.AddDays(round.LinkLifetimeDays) };
            var (linkSchool, person) = due.Kind == MessageKind.Reminder ? (schoolId, BlobNames.ReminderParts(message.Name).Person) : BlobNames.SchoolAndPerson(message.Name);
            link = (token, new SignLink(round.Id, linkSchool, person, claim.ExpiresUtc.Value, now, due.Kind == MessageKind.Reminder ? SignLink.ReminderKind : null));
        }

        var release = round.ReleaseFor(schoolId) ?? throw new SignOffException($"{message.Name} names a school the round does not include.");
        var school = await _catalog.SchoolAsync(schoolId, cancellationToken).ConfigureAwait(false)
            ?? new SchoolProfile(schoolId, release.SchoolName, null, null, null, null, null, null, null);

        MimeKit.MimeMessage? mime = null;
        MailOutcome? unusable = null;
        try
        {
            var (built, unsendable) = await _builder.BuildAsync(composer, due, school, link, attempt, snapshot, cancellationToken).ConfigureAwait(false);
            mime = built;
            if (unsendable is not null)
            {
                _logger.LogWarning("{Message} cannot be sent: {Reason}", message.Name, unsendable);
                unusable = MailOutcome.Failed(true, unsendable, 0);
            }
        }
        catch (MimeKit.ParseException ex)
        {
            // An address MimeKit cannot use will never be delivered: record it as failed, for the school to correct.
            unusable = MailOutcome.Failed(true, $"The email address could not be used: {ex.Message}", 1);
        }

        var outcome = unusable ?? await _sender.SendAsync(mime!, cancellationToken).ConfigureAwait(false);
        await SaveOutcomeAsync(message, claim, attempt, outcome, cancellationToken).ConfigureAwait(false);
        return outcome;
    }

    /// <summary>Marks the message sent, failed, or pending for a later retry, with If-Match on the state it was listed with.</summary>
    private async Task SaveOutcomeAsync(BlobListing message, MailState claim, int attempt, MailOutcome outcome, CancellationToken cancellationToken)
    {
        var after = outcome switch
        {
            { IsDelivered: true } => claim with { State = MailState.Sent, SentUtc = _time.GetUtcNow(), Attempts = attempt, Error = null },
            { IsPermanent: true } => claim with { State = MailState.Failed, Attempts = attempt, Error = outcome.Message },
            _ => claim with { State = MailState.Pending, Attempts = attempt, Error = outcome.Message, NextAttemptUtc = _time.GetUtcNow() + Backoff(attempt) },
        };

        // If this update is lost (storage down at exactly this moment), the next run sends the message again: the
        // one case where a message can go twice. The invitation's link is valid once this state is saved.
        if (await _store.TrySetMetadataAsync(message.Name, after.ToMetadata(), message.ETag, cancellationToken).ConfigureAwait(false) is null)
        {
            _logger.LogWarning("{Message} changed while it was being sent (another sender, after a lapsed lease?); its state was not saved.", message.Name);
        }
    }

    /// <summary>Between runs: fifteen times the in-run retry delay, doubling per attempt, at most an hour.</summary>
    private TimeSpan Backoff(int attempt) =>
        TimeSpan.FromSeconds(Math.Min(3600, _mailOptions.FirstRetryDelay.TotalSeconds * 15 * Math.Pow(2, Math.Min(attempt - 1, 8))));
}
