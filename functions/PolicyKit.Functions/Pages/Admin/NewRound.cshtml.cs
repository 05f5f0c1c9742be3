using Microsoft.AspNetCore.Mvc;
using PolicyKit.SignOff.Delivery;
using PolicyKit.SignOff.Mail;
using PolicyKit.SignOff.Publishing;
using PolicyKit.SignOff.Rounds;

namespace PolicyKit.Functions.Pages.Admin;

public sealed class NewRoundModel(RoundStarter starter, ReleaseCatalog catalog, DeliveryTrigger delivery, TimeProvider time) : AdminPageModel
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

    /// <summary>The UK date today, the earliest sign-by date the form offers.</summary>
    public DateOnly Today { get; private set; }

    [BindProperty]
    public DateOnly? SignBy { get; set; }

    [BindProperty]
    public int FirstAfterDays { get; set; } = new ReminderSchedule().FirstAfterDays;

    [BindProperty]
    public int EveryDays { get; set; } = new ReminderSchedule().EveryDays;

    [BindProperty]
    public int MaxReminders { get; set; } = new ReminderSchedule().MaxReminders;

    [BindProperty]
    public int FinalDaysBeforeDeadline { get; set; } = new ReminderSchedule().FinalDaysBeforeDeadline;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await TryAsync(() => LoadAsync(cancellationToken));
        SignBy = RoundDeadline.DefaultSignBy(Today);
    }

    /// <summary>The first step: counts per school, nothing written.</summary>
    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken cancellationToken)
    {
        if (await ReadyAsync(cancellationToken))
        {
            await TryAsync(async () => Preview = await starter.PreviewAsync(StartRequest(), cancellationToken));
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
        if (!await TryAsync(async () => result = await starter.StartAsync(StartRequest(), cancellationToken)))
        {
            return Page();
        }

        delivery.Pull();
        var leftOut = result!.Schools.Sum(s => s.AlreadySigned + s.AlreadyAsked);
        return Redirect($"/admin/rounds/{result.Round.Id}?invited={result.Invited}&already={result.AlreadyInvited}&leftOut={leftOut}");
    }

    private StartRoundRequest StartRequest() => new(
        Policy!,
        SelectedSchools,
        SelectedGroups,
        SignBy,
        new ReminderSchedule { FirstAfterDays = FirstAfterDays, EveryDays = EveryDays, MaxReminders = MaxReminders, FinalDaysBeforeDeadline = FinalDaysBeforeDeadline });

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

        if (!ModelState.IsValid)
        {
            Problem = "Enter the sign-by date as a date, and each reminder setting as a whole number.";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return false;
        }

        return true;
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Today = UkTime.DateOf(time.GetUtcNow());
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
