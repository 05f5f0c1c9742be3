namespace PolicyKit.SignOff.Ratification;

/// <summary>
/// A proposal sent to a chair for approval (rounds/&lt;id&gt;/ratification.json, create-only). It copies the proposal
/// as it stood, files and hashes included, so what the chair is shown and what an approval names never move.
/// </summary>
public sealed record RatificationRequest
{
    public required string Id { get; init; }

    public required StoredProposal Proposal { get; init; }

    public required ProposalContact Chair { get; init; }

    /// <summary>The meeting and item that decided it, e.g. "FGB 2027/06 item 4"; null for chair's action.</summary>
    public string? MinuteRef { get; init; }

    /// <summary>The clerk's covering note to the chair.</summary>
    public string? Message { get; init; }

    /// <summary>Governors sent a read-only copy, for information.</summary>
    public required IReadOnlyList<ProposalContact> CopiedTo { get; init; }

    /// <summary>The statement the chair ticks to approve, word for word.</summary>
    public required string Statement { get; init; }

    public required DateTimeOffset SentUtc { get; init; }

    public required int LinkLifetimeDays { get; init; }

    /// <summary>The school's id, or null for a trust-wide request.</summary>
    public string? School => Proposal.TrustWide ? null : Proposal.Scope;
}
