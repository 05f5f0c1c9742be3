using PolicyKit.Functions.Api;
using PolicyKit.SignOff.Ratification;

namespace PolicyKit.Functions.Pages.Admin.Ratifications;

/// <summary>The clerk's list of proposed versions and where each stands, school by school (or for the whole trust).</summary>
public sealed class IndexModel(RatificationService ratifications) : AdminPageModel
{
    public IReadOnlyList<ProposalStatus> Proposals { get; private set; } = [];

    /// <summary>Set after a send, from the address the send redirected to.</summary>
    public string? Sent { get; private set; }

    /// <summary>Set after a fresh link was sent to the chair: the address it went to.</summary>
    public string? Resent { get; private set; }

    public async Task OnGetAsync(string? sent, CancellationToken cancellationToken)
    {
        Sent = sent;
        await TryAsync(async () => Proposals = await ratifications.ProposalsAsync(cancellationToken));
    }

    public async Task OnPostResendAsync(string? request, CancellationToken cancellationToken)
    {
        string? to = null;
        if (await TryAsync(async () => to = await ratifications.ResendAsync(request ?? "", RoundPeopleEndpoints.Actor(User), cancellationToken)))
        {
            Resent = to;
        }

        // The list is shown whatever happened, with the problem (if any) above it.
        var problem = Problem;
        await TryAsync(async () => Proposals = await ratifications.ProposalsAsync(cancellationToken));
        Problem ??= problem;
    }
}
