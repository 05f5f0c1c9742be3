using PolicyKit.SignOff.Tracking;

namespace PolicyKit.Functions.Pages.Admin;

public sealed class IndexModel(RoundTracker tracker) : AdminPageModel
{
    public IReadOnlyList<RoundStatus> Rounds { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        await TryAsync(async () => Rounds = await tracker.AllAsync(cancellationToken));
}
