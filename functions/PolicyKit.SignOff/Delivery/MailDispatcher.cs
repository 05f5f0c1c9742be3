using Microsoft.Extensions.Logging;
using PolicyKit.SignOff.Evidence;
using PolicyKit.SignOff.Mail;
using PolicyKit.SignOff.Publishing;
using PolicyKit.SignOff.Rounds;
using PolicyKit.SignOff.Signing;
using PolicyKit.SignOff.Storage;

namespace PolicyKit.SignOff.Delivery;

/// <summary>
/// Sends every invitation and receipt that is due. One instance of the service sends at a time (it holds a blob
/// lease for the run), and each message is marked sent, with If-Match, as soon as the mail server accepts it, so a
/// message is sent once; a later run only picks up what is still pending. An invitation gets a fresh link on each
/// attempt, and only the link's hash is stored. Each message costs two storage calls (its link and its state),
/// which is what lets 10,000 invitations go out in about a minute against a local Azurite.
/// </summary>
internal sealed class MailDispatcher(
    SignOffStore store,
    ImmutableRecords records,
    ReleaseCatalog catalog,
    EmailTemplateSource templates,
    MailSender sender,
    MailOptions mailOptions,
    SignOffOptions options,
    TimeProvider time,
    ILogger<MailDispatcher> logger) : IDisposable
{
    private readonly SemaphoreSlim _oneRunAtATime = new(1, 1);

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
            await store.EnsureContainerAsync(cancellationToken).ConfigureAwait(false);
            await using var hold = await store.TryLockAsync(BlobNames.DispatchLock, TimeSpan.FromSeconds(60), cancellationToken).ConfigureAwait(false);
            if (hold is null)
            {
                // Another instance is sending; it will pick up whatever is due.
                return new DispatchRun(0, 0, 0);
            }

            var composer = new MailComposer(await templates.GetAsync(cancellationToken).ConfigureAwait(false), mailOptions, time);
            var now = time.GetUtcNow();
            var due = only is null ? await DueAsync(now, cancellationToken).ConfigureAwait(false) : await DueAsync(only, now, cancellationToken).ConfigureAwait(false);
            int delivered = 0, retrying = 0, failed = 0;
            // Most of a message's time is its two storage calls, so more messages are in flight than there are SMTP
            // connections; the transport's pool makes the rest wait their turn for a connection.
            await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(options.StorageParallelism, mailOptions.MaxConnections * 2), CancellationToken = cancellationToken }, async (item, ct) =>
            {
                MailOutcome outcome;
                try
                {
                    outcome = await SendAsync(composer, item.Round, item.Message, item.IsReceipt, ct).ConfigureAwait(false);
                }
                catch (SignOffException ex)
                {
                    // Storage trouble or a document that no longer matches its hash: leave the message for the next run.
                    logger.LogWarning("Could not send {Message}: {Reason}", item.Message.Name, ex.Message);
                    outcome = MailOutcome.Failed(false, ex.Message, 0);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // One message that cannot be made must not stop everyone else's: it stays pending and is logged.
                    logger.LogError(ex, "Could not send {Message}", item.Message.Name);
                    outcome = MailOutcome.Failed(false, ex.Message, 0);
                }

                Interlocked.Increment(ref outcome.IsDelivered ? ref delivered : ref outcome.IsPermanent ? ref failed : ref retrying);
            }).ConfigureAwait(false);

            if (due.Count > 0)
            {
                logger.LogInformation("Mail run: {Delivered} delivered, {Retrying} to retry, {Failed} failed", delivered, retrying, failed);
            }

            return new DispatchRun(delivered, retrying, failed);
        }
        finally
        {
            _oneRunAtATime.Release();
        }
    }

    private async Task<List<(RoundDefinition Round, BlobListing Message, bool IsReceipt)>> DueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var due = new List<(RoundDefinition Round, BlobListing Message, bool IsReceipt)>();
        foreach (var id in await store.ListFoldersAsync(BlobNames.RoundsPrefix, cancellationToken).ConfigureAwait(false))
        {
            if (await records.ReadAsync<RoundDefinition>(BlobNames.Round(id), cancellationToken).ConfigureAwait(false) is not { } round)
            {
                continue;
            }

            // People marked as left or excused get no more email; their invitation simply stays unsent.
            var exempt = await ExemptAsync(id, cancellationToken).ConfigureAwait(false);
            foreach (var invite in await store.ListAsync(BlobNames.InvitesPrefix(id), cancellationToken).ConfigureAwait(false))
            {
                if (MailState.From(invite.Metadata).IsDeliverable(now) && !exempt.Contains(BlobNames.SchoolAndPerson(invite.Name)))
                {
                    due.Add((round, invite, false));
                }
            }

            foreach (var receipt in await store.ListAsync(BlobNames.ReceiptsPrefix(id), cancellationToken).ConfigureAwait(false))
            {
                if (MailState.From(receipt.Metadata).IsDeliverable(now))
                {
                    due.Add((round, receipt, true));
                }
            }
        }

        return due;
    }

    private async Task<List<(RoundDefinition Round, BlobListing Message, bool IsReceipt)>> DueAsync(IReadOnlyList<string> names, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var due = new List<(RoundDefinition Round, BlobListing Message, bool IsReceipt)>();
        foreach (var name in names.Distinct(StringComparer.Ordinal))
        {
            // rounds/<round>/receipts/... or rounds/<round>/invites/...
            var parts = name.Split('/');
            if (parts.Length < 5 || parts[0] != "rounds" || await records.ReadAsync<RoundDefinition>(BlobNames.Round(parts[1]), cancellationToken).ConfigureAwait(false) is not { } round)
            {
                continue;
            }

            var isReceipt = parts[2] == "receipts";
            if (!isReceipt && (await ExemptAsync(round.Id, cancellationToken).ConfigureAwait(false)).Contains(BlobNames.SchoolAndPerson(name)))
            {
                continue;
            }

            if (await store.ReadListingAsync(name, cancellationToken).ConfigureAwait(false) is { } message && MailState.From(message.Metadata).IsDeliverable(now))
            {
                due.Add((round, message, isReceipt));
            }
        }

        return due;
    }

    private async Task<HashSet<(string School, string Person)>> ExemptAsync(string round, CancellationToken cancellationToken) =>
        (await store.ListAsync(BlobNames.ExemptionsPrefix(round), cancellationToken).ConfigureAwait(false)).Select(x => BlobNames.SchoolAndPerson(x.Name)).ToHashSet();

    /// <returns>The outcome of sending the message.</returns>
    private async Task<MailOutcome> SendAsync(MailComposer composer, RoundDefinition round, BlobListing message, bool isReceipt, CancellationToken cancellationToken)
    {
        var (schoolId, personId) = BlobNames.SchoolAndPerson(message.Name);
        var state = MailState.From(message.Metadata);
        var now = time.GetUtcNow();
        var attempt = state.Attempts + 1;
        var claim = state with { NextAttemptUtc = null };
        string? token = null;
        if (!isReceipt)
        {
            token = SignTokens.Create();
            claim = claim with { TokenHash = SignTokens.Hash(token), ExpiresUtc = now.AddDays(round.LinkLifetimeDays) };
        }

        var release = round.ReleaseFor(schoolId) ?? throw new SignOffException($"{message.Name} names a school the round does not include.");
        var school = await catalog.SchoolAsync(schoolId, cancellationToken).ConfigureAwait(false)
            ?? new SchoolProfile(schoolId, release.SchoolName, null, null, null, null, null, null, null);
        var messageId = $"{(isReceipt ? "receipt" : "invitation")}.{attempt}.{personId}.{schoolId}.{round.Id}@policykit";

        MimeKit.MimeMessage? mime = null;
        MailOutcome? unusable = null;
        try
        {
            if (isReceipt)
            {
                var receipt = await RecordJson.ReadAsync<ReceiptRecord>(store, message.Name, cancellationToken).ConfigureAwait(false)
                    ?? throw new SignOffException($"{message.Name} could not be read.") { IsTransient = true };
                var decision = await RecordJson.ReadAsync<DecisionRecord>(store, receipt.Decision, cancellationToken).ConfigureAwait(false)
                    ?? throw new SignOffException($"{receipt.Decision} could not be read.") { IsTransient = true };
                var pdf = release.PdfFile is not null;
                var document = await PinnedDocument.ReadAsync(store, round, release, pdf, cancellationToken).ConfigureAwait(false);
                mime = composer.ComposeReceipt(new ReceiptMail(
                    school,
                    decision,
                    receipt.Reference,
                    document.ToArray(),
                    pdf ? release.PdfFile! : release.DocumentFile,
                    pdf ? release.PdfSha256! : release.DocumentSha256,
                    pdf ? "application/pdf" : "text/html",
                    messageId));
            }
            else
            {
                var invite = await records.ReadAsync<InviteRecord>(message.Name, cancellationToken).ConfigureAwait(false)
                    ?? throw new SignOffException($"{message.Name} could not be read.") { IsTransient = true };
                var link = new SignLink(round.Id, schoolId, personId, claim.ExpiresUtc!.Value, now);
                await store.TryCreateAsync(BlobNames.Link(claim.TokenHash!), RecordJson.Serialize(link), RecordJson.ContentType, null, cancellationToken).ConfigureAwait(false);
                mime = composer.ComposeInvitation(new InvitationMail(
                    school,
                    invite.Name,
                    state.Email ?? invite.Email,
                    round.PolicyTitle,
                    round.Version,
                    new Uri(options.PublicBaseUrl, $"sign/{token}"),
                    claim.ExpiresUtc.Value,
                    messageId));
            }
        }
        catch (MimeKit.ParseException ex)
        {
            // An address MimeKit cannot use will never be delivered: record it as failed, for the school to correct.
            unusable = MailOutcome.Failed(true, $"The email address could not be used: {ex.Message}", 1);
        }

        var outcome = unusable ?? await sender.SendAsync(mime!, cancellationToken).ConfigureAwait(false);
        var after = outcome switch
        {
            { IsDelivered: true } => claim with { State = MailState.Sent, SentUtc = time.GetUtcNow(), Attempts = attempt, Error = null },
            { IsPermanent: true } => claim with { State = MailState.Failed, Attempts = attempt, Error = outcome.Message },
            _ => claim with { State = MailState.Pending, Attempts = attempt, Error = outcome.Message, NextAttemptUtc = time.GetUtcNow() + Backoff(attempt) },
        };

        // If this update is lost (storage down at exactly this moment), the next run sends the message again: the
        // one case where a message can go twice. The invitation's link is valid once this state is saved.
        if (await store.TrySetMetadataAsync(message.Name, after.ToMetadata(), message.ETag, cancellationToken).ConfigureAwait(false) is null)
        {
            logger.LogWarning("{Message} changed while it was being sent (another sender, after a lapsed lease?); its state was not saved.", message.Name);
        }
        return outcome;
    }

    /// <summary>Between runs: fifteen times the in-run retry delay, doubling per attempt, at most an hour.</summary>
    private TimeSpan Backoff(int attempt) =>
        TimeSpan.FromSeconds(Math.Min(3600, mailOptions.FirstRetryDelay.TotalSeconds * 15 * Math.Pow(2, Math.Min(attempt - 1, 8))));
}
