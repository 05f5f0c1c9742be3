using MimeKit;
using PolicyKit.SignOff.Chasing;
using PolicyKit.SignOff.Evidence;
using PolicyKit.SignOff.Mail;
using PolicyKit.SignOff.Publishing;
using PolicyKit.SignOff.Rounds;
using PolicyKit.SignOff.Signing;
using PolicyKit.SignOff.Storage;

namespace PolicyKit.SignOff.Delivery;

/// <summary>
/// Makes the email for one due message from its records: an invitation or reminder with a new personal link (its
/// link record written here), a receipt with the pinned document, a notice to the school's business manager.
/// </summary>
internal sealed class MessageBuilder(SignOffStore store, ImmutableRecords records, SignOffOptions options)
{
    /// <param name="link">For an invitation or reminder: the new link's token and what it opens.</param>
    /// <param name="rosters">This run's rosters, which name a reminder's recipient without reading their invite.</param>
    /// <returns>The message, or why it can never be sent (recorded as a failure for the school to see).</returns>
    public async Task<(MimeMessage? Mime, string? Unsendable)> BuildAsync(
        MailComposer composer, DueMessage due, SchoolProfile school, (string Token, SignLink Link)? link, int attempt, RosterSnapshot rosters, CancellationToken cancellationToken)
    {
        var (round, message) = (due.Round, due.Message);
        var release = round.ReleaseFor(school.Id) ?? throw new SignOffException($"{message.Name} names a school the round does not include.");
        switch (due.Kind)
        {
            case MessageKind.Receipt:
                var receipt = await Read<ReceiptRecord>(message.Name, cancellationToken).ConfigureAwait(false);
                var decision = await Read<DecisionRecord>(receipt.Decision, cancellationToken).ConfigureAwait(false);
                var pdf = release.PdfFile is not null;
                var document = await PinnedDocument.ReadAsync(store, round, release, pdf, cancellationToken).ConfigureAwait(false);
                return (composer.ComposeReceipt(new ReceiptMail(
                    school, decision, receipt.Reference, document.ToArray(), pdf ? release.PdfFile! : release.DocumentFile,
                    pdf ? release.PdfSha256! : release.DocumentSha256, pdf ? "application/pdf" : "text/html",
                    $"receipt.{attempt}.{decision.PersonId}.{school.Id}.{round.Id}@policykit")), null);
            case MessageKind.Notice:
                return await NoticeAsync(composer, due, school, attempt, cancellationToken).ConfigureAwait(false);
        }

        var reminder = due.Kind == MessageKind.Reminder ? BlobNames.ReminderParts(message.Name) : default;
        var (schoolId, personId) = due.Kind == MessageKind.Reminder ? (reminder.School, reminder.Person) : BlobNames.SchoolAndPerson(message.Name);
        string? corrected = MailState.From(message.Metadata).Email;
        if (due.Kind == MessageKind.Reminder && !due.JustQueued)
        {
            // Found pending later: things may have moved since the chase queued it.
            if (await HasClosedAsync(round.Id, schoolId, personId, cancellationToken).ConfigureAwait(false))
            {
                return (null, "Not sent: they signed, declined or were marked as left or excused before it could go.");
            }

            var queued = await Read<ReminderRecord>(message.Name, cancellationToken).ConfigureAwait(false);
            var current = MailState.From(await store.ReadMetadataAsync(BlobNames.Invite(round.Id, schoolId, personId), cancellationToken).ConfigureAwait(false)
                ?? throw new SignOffException($"The invite for {schoolId}/{personId} could not be read.") { IsTransient = true });
            if (current.LinksValidFromUtc > queued.QueuedUtc)
            {
                return (null, "Not sent: a new link was sent after this reminder was queued, which cancelled it.");
            }

            corrected = current.Email;
        }

        var invite = due.Kind == MessageKind.Reminder && await rosters.FindAsync(round, schoolId, personId, cancellationToken).ConfigureAwait(false) is { } listed
            ? (listed.Name, listed.Email)
            : await InviteAsync(round.Id, schoolId, personId, cancellationToken).ConfigureAwait(false);
        var (token, issued) = link!.Value;
        var address = corrected ?? invite.Email;
        var signLink = issued with { Email = address };
        await store.TryCreateAsync(BlobNames.Link(SignTokens.Hash(token)), RecordJson.Serialize(signLink), RecordJson.ContentType, null, cancellationToken).ConfigureAwait(false);
        var invitation = new InvitationMail(
            school,
            invite.Name,
            address,
            round.PolicyTitle,
            round.Version,
            new Uri(options.PublicBaseUrl, $"sign/{token}"),
            signLink.ExpiresUtc,
            due.Kind == MessageKind.Reminder
                ? $"reminder.{reminder.Step}.{attempt}.{personId}.{schoolId}.{round.Id}@policykit"
                : $"invitation.{attempt}.{personId}.{schoolId}.{round.Id}@policykit",
            round.SignBy,
            round.Reacceptance);
        return due.Kind == MessageKind.Reminder
            ? (composer.ComposeReminder(new ReminderMail(invitation, reminder.Step == ReminderPlan.FinalStep)), null)
            : (composer.ComposeInvitation(invitation), null);
    }

    private async Task<(MimeMessage?, string?)> NoticeAsync(MailComposer composer, DueMessage due, SchoolProfile school, int attempt, CancellationToken cancellationToken)
    {
        if (school.BusinessManager is not { Email: { Length: > 0 } email } manager || string.IsNullOrWhiteSpace(email))
        {
            return (null, $"{school.Name} has no business manager with an email address, so nobody was told. Give the business-manager role an email in the school's (or the trust's) source and publish again.");
        }

        var notice = await Read<NoticeRecord>(due.Message.Name, cancellationToken).ConfigureAwait(false);
        var (_, name) = BlobNames.SchoolAndPerson(due.Message.Name);
        return (composer.ComposeNotice(new NoticeMail(
            school, manager, email.Trim(), notice, due.Round.PolicyTitle, due.Round.Version, due.Round.SignBy,
            new Uri(options.PublicBaseUrl, $"admin/rounds/{due.Round.Id}"),
            $"notice.{name}.{attempt}.{school.Id}.{due.Round.Id}@policykit")), null);
    }

    private async Task<(string Name, string Email)> InviteAsync(string round, string school, string person, CancellationToken cancellationToken)
    {
        var invite = await Read<InviteRecord>(BlobNames.Invite(round, school, person), cancellationToken).ConfigureAwait(false);
        return (invite.Name, invite.Email);
    }

    private async Task<bool> HasClosedAsync(string round, string school, string person, CancellationToken cancellationToken) =>
        await records.ReadAsync<DecisionRecord>(BlobNames.Decision(round, school, person), cancellationToken).ConfigureAwait(false) is not null
        || await store.ExistsAsync(BlobNames.Exemption(round, school, person), cancellationToken).ConfigureAwait(false);

    private async Task<T> Read<T>(string name, CancellationToken cancellationToken)
        where T : class =>
        await records.ReadAsync<T>(name, cancellationToken).ConfigureAwait(false)
            ?? throw new SignOffException($"{name} could not be read.") { IsTransient = true };
}
