using Microsoft.AspNetCore.Mvc;
using PolicyKit.SignOff.Delivery;
using PolicyKit.SignOff.Publishing;
using PolicyKit.SignOff.Rounds;

namespace PolicyKit.Functions.Pages.Admin;

public sealed class NewRoundModel : AdminPageModel
{
    public IReadOnlyList<SchoolProfile> Schools { get; private set; } = [];

    /// <summary>Each policy that asks people to accept it, with the groups it asks and the schools it is published for.</summary>
    public IReadOnlyList<(string Policy, string Title, string Version, IReadOnlyList<string> Groups, IReadOnlyList<string> Schools)> Policies { get; private set; } = [];

    [BindProperty]
    public string? Policy { get; set; }

    [BindProperty]
    public List<string> SelectedSchools { get; set; } = [];

    [BindProperty]
    public List<string> SelectedGroups { get; set; } = [];

    /// <summary>What starting would do, shown for the business manager to confirm before anyone is emailed.</summary>
    public RoundPreview? Preview { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await TryAsync(() => LoadAsync(cancellationToken));

    /// <summary>The first step: counts per school, nothing written.</summary>
    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken cancellationToken)
    {
        if (await ReadyAsync(cancellationToken))
        {
            await TryAsync(async () => Preview = await Service<RoundStarter>().PreviewAsync(new StartRoundRequest(Policy!, SelectedSchools, SelectedGroups), cancellationToken));
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await ReadyAsync(cancellationToken))
        {
            return Page();
        }

        StartRoundResult? result = null;
        if (!await TryAsync(async () => result = await Service<RoundStarter>().StartAsync(new StartRoundRequest(Policy!, SelectedSchools, SelectedGroups), cancellationToken)))
        {
            return Page();
        }

        Service<DeliveryTrigger>().Pull();
        var leftOut = result!.Schools.Sum(s => s.AlreadySigned + s.AlreadyAsked);
        return Redirect($"/admin/rounds/{result.Round.Id}?invited={result.Invited}&already={result.AlreadyInvited}&leftOut={leftOut}");
    }

    private async Task<bool> ReadyAsync(CancellationToken cancellationToken)
    {
        if (!await TryAsync(() => LoadAsync(cancellationToken)))
        {
            return false;
        }

        if (string.IsNullOrEmpty(Policy) || Policies.All(p => p.Policy != Policy))
        {
            Problem = "Choose the policy people must sign.";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return false;
        }

        return true;
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var catalog = Service<ReleaseCatalog>();
        Schools = await catalog.SchoolsAsync(cancellationToken);
        var releases = new List<PublishedRelease>();
        foreach (var school in Schools)
        {
            releases.AddRange(await catalog.AcceptancePoliciesAsync(school.Id, cancellationToken));
        }

        Policies = releases
            .GroupBy(r => r.Policy)
            .Select(g => (g.Key, g.First().Title, g.Max(r => r.Version)!, g.First().RequiredFrom, (IReadOnlyList<string>)g.Select(r => r.School).ToList()))
            .OrderBy(p => p.Title, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }
}
