using MimeKit;
using PolicyKit.SignOff.Evidence;
using PolicyKit.SignOff.Mail;
using PolicyKit.SignOff.Publishing;
using PolicyKit.SignOff.Rounds;
using PolicyKit.SignOff.Signing;
using PolicyKit.SignOff.Storage;

namespace PolicyKit.SignOff.Ratification;

/// <summary>
/// The ratification emails waiting to be sent, and the email for each. The chair's and each governor's email gets a
/// new personal link on every attempt (its link record written here, only its hash kept), as an invitation does.
/// </summary>
internal sealed class RatificationMessages(SignOffStore store, ImmutableRecords records, ReleaseCatalog catalog, SignOffOptions options)
{
    /// <summary>Every ratification email still to be sent (pending, and not waiting for a retry).</summary>
    public async Task<List<BlobListing>> DueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var due = new List<BlobListing>();
        foreach (var id in await store.ListFoldersAsync(BlobNames.RoundsPrefix, cancellationToken).ConfigureAwait(false))
        {
            if (id.StartsWith(RatificationRecords.IdPrefix, StringComparison.Ordinal))
            {
                due.AddRange((await store.ListAsync(BlobNames.RatificationMailPrefix(id), cancellationToken).ConfigureAwait(false))
                    .Where(m => MailState.From(m.Metadata).IsDeliverable(now)));
            }
        }

        return due;
    }

    /// <returns>The message and the mail state to save with it (with the new link's hash), or why it cannot be sent.</returns>
    public async Task<(MimeMessage? Mime, MailState Claim, string? Unsendable)> BuildAsync(MailComposer composer, BlobListing listing, MailState claim, DateTimeOffset now, int attempt, CancellationToken cancellationToken)
    {
        var message = await Read<RatificationMessage>(listing.Name, cancellationToken).ConfigureAwait(false);
        var request = await Read<RatificationRequest>(BlobNames.Ratification(message.RequestId), cancellationToken).ConfigureAwait(false);
        var proposal = request.Proposal;
        var school = (proposal.TrustWide ? null : await catalog.SchoolAsync(proposal.Scope, cancellationToken).ConfigureAwait(false))
            ?? new SchoolProfile(proposal.Scope, proposal.SchoolName, null, null, null, null, null, null, null);
        var name = Path.GetFileNameWithoutExtension(listing.Name);
        var id = $"ratification.{name}.{attempt}.{request.Id}@policykit";
        var admin = new Uri(options.PublicBaseUrl, "admin/ratifications");

        if (message.Kind is RatificationMessage.AskKind or RatificationMessage.ReminderKind or RatificationMessage.CopyKind)
        {
            if (await records.ReadAsync<DecisionRecord>(RatificationRecords.DecisionName(request), cancellationToken).ConfigureAwait(false) is not null)
            {
                return (null, claim, "Not sent: the chair decided before it could go.");
            }

            var token = SignTokens.Create();
            var expires = now.AddDays(request.LinkLifetimeDays);
            var kind = message.Kind == RatificationMessage.CopyKind ? RatificationLinks.CopyKind : RatificationLinks.ChairKind;
            var link = new SignLink(request.Id, proposal.Scope, name, expires, now, kind, message.RecipientEmail);
            await store.TryCreateAsync(BlobNames.Link(SignTokens.Hash(token)), RecordJson.Serialize(link), RecordJson.ContentType, null, cancellationToken).ConfigureAwait(false);
            var mail = new RatificationMail(school, message.Kind, request, message.RecipientName, message.RecipientEmail, new Uri(options.PublicBaseUrl, $"ratify/{token}"), expires, null, null, admin, id);
            return (composer.ComposeRatification(mail), claim with { TokenHash = SignTokens.Hash(token), ExpiresUtc = expires }, null);
        }

        var decision = await Read<DecisionRecord>(RatificationRecords.DecisionName(request), cancellationToken).ConfigureAwait(false);
        var receipt = await Read<ReceiptRecord>(RatificationRecords.ReceiptName(request), cancellationToken).ConfigureAwait(false);
        return (composer.ComposeRatification(new RatificationMail(school, message.Kind, request, message.RecipientName, message.RecipientEmail, null, null, decision, receipt.Reference, admin, id)), claim, null);
    }

    private async Task<T> Read<T>(string name, CancellationToken cancellationToken)
        where T : class =>
        await records.ReadAsync<T>(name, cancellationToken).ConfigureAwait(false)
            ?? throw new SignOffException($"{name} could not be read.") { IsTransient = true };
}
