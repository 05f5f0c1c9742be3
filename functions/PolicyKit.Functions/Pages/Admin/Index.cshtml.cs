using PolicyKit.SignOff.Tracking;

namespace PolicyKit.Functions.Pages.Admin;

public sealed class IndexModel : AdminPageModel
{
    public IReadOnlyList<RoundStatus> Rounds { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        await TryAsync(async () => Rounds = await Service<RoundTracker>().AllAsync(cancellationToken));
}
