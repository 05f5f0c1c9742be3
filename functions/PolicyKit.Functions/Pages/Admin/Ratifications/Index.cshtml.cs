using PolicyKit.SignOff.Ratification;

namespace PolicyKit.Functions.Pages.Admin.Ratifications;

/// <summary>The clerk's list of proposed versions and where each stands, school by school (or for the whole trust).</summary>
public sealed class IndexModel(RatificationService ratifications) : AdminPageModel
{
    public IReadOnlyList<ProposalStatus> Proposals { get; private set; } = [];

    /// <summary>Set after a send, from the address the send redirected to.</summary>
    public string? Sent { get; private set; }

    public async Task OnGetAsync(string? sent, CancellationToken cancellationToken)
    {
        Sent = sent;
        await TryAsync(async () => Proposals = await ratifications.ProposalsAsync(cancellationToken));
    }
}
