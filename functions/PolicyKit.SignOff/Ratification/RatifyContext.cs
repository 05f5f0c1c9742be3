using PolicyKit.SignOff.Evidence;
using PolicyKit.SignOff.Publishing;

namespace PolicyKit.SignOff.Ratification;

/// <summary>What a chair's or governor's link opens: one request, and the chair's decision once made.</summary>
/// <param name="ForInformation">True for a governor's copy: they can read it, never approve or return it.</param>
/// <param name="Email">The address the link was sent to.</param>
public sealed record RatifyContext(
    RatifyLinkState State,
    RatificationRequest? Request = null,
    bool ForInformation = false,
    SchoolProfile? School = null,
    DateTimeOffset? ExpiresUtc = null,
    DecisionRecord? Decision = null,
    string? Email = null)
{
    /// <summary>The web page framed on the chair's page: the redline, or the proposed version when there is none.</summary>
    public ProposalFileRecord? Shown => Request?.Proposal.File(ProposalFileRoles.RedlineHtml) ?? Request?.Proposal.File(ProposalFileRoles.ProposedHtml);
}
