using PolicyKit.SignOff.Evidence;

namespace PolicyKit.SignOff.Ratification;

/// <summary>Where one proposal stands, for the clerk's list.</summary>
public enum ProposalState
{
    NotSent,
    Sent,
    Approved,
    Returned,

    /// <summary>A newer version has been proposed for the same school (or the trust) since.</summary>
    Superseded,
}

/// <summary>A request sent for a proposal, and the chair's decision once made.</summary>
/// <param name="NewLinkUtc">When the clerk last sent the chair a fresh link (null when never), while it waits.</param>
/// <param name="RemindedUtc">When the chair's reminder was sent (null when none has gone), while it waits.</param>
public sealed record RequestStatus(RatificationRequest Request, DecisionRecord? Decision, DateTimeOffset? NewLinkUtc = null, DateTimeOffset? RemindedUtc = null);

/// <summary>A proposal as last uploaded, where it stands, and every request sent for it (oldest first).</summary>
public sealed record ProposalStatus(StoredProposal Proposal, ProposalState State, IReadOnlyList<RequestStatus> Requests)
{
    /// <summary>The latest request, or null when none was sent.</summary>
    public RequestStatus? Latest => Requests.Count == 0 ? null : Requests[^1];

    /// <summary>True when the proposal as it stands now may be sent (never sent, or returned and since revised).</summary>
    public bool CanSend => State == ProposalState.NotSent
        || (State == ProposalState.Returned && Latest?.Request.Proposal.Revision != Proposal.Revision);
}
