using PolicyKit.SignOff.Chasing;
using PolicyKit.SignOff.Coverage;
using PolicyKit.SignOff.Reviews;
using PolicyKit.SignOff.Tracking;

namespace PolicyKit.Functions.Pages.Admin;

public sealed class IndexModel(RoundTracker tracker, ChaseOverview overview, CoverageBoard coverage) : AdminPageModel
{
    public IReadOnlyList<RoundStatus> Rounds { get; private set; } = [];

    public IReadOnlyList<ReviewRow> Reviews { get; private set; } = [];

    public IReadOnlyList<SchoolCoverageStatus> Coverage { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        await TryAsync(async () =>
        {
            Rounds = await tracker.AllAsync(cancellationToken);
            Reviews = await overview.ReviewsAsync(cancellationToken);
            Coverage = await coverage.SchoolsAsync(cancellationToken);
        });
}
