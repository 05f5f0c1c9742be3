using Microsoft.AspNetCore.Mvc;
using PolicyKit.SignOff.Evidence;
using PolicyKit.SignOff.Rounds;
using PolicyKit.SignOff.Tracking;

namespace PolicyKit.Functions.Pages.Admin;

/// <summary>The evidence check for one round, in words an auditor and a business manager can read.</summary>
public sealed class VerifyModel(RoundTracker tracker, ChainVerifier verifier) : AdminPageModel
{
    public RoundDefinition? Round { get; private set; }

    public ChainReport? Report { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        await TryAsync(async () =>
        {
            Round = await tracker.RoundAsync(id, cancellationToken);
            if (Round is not null)
            {
                Report = await verifier.VerifyAsync(id, cancellationToken);
            }
        });
        return Round is null && Problem is null ? NotFound() : Page();
    }
}
