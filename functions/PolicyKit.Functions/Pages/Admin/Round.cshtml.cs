using Microsoft.AspNetCore.Mvc;
using PolicyKit.SignOff.Chasing;
using PolicyKit.SignOff.Tracking;

namespace PolicyKit.Functions.Pages.Admin;

public sealed class RoundModel : AdminPageModel
{
    public RoundStatus? Round { get; private set; }

    public RoundStatus? Shown { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string? School { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Group { get; set; }

    [BindProperty(SupportsGet = true)]
    public PersonStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Invited { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Already { get; set; }

    /// <summary>When the reminder chase next runs (null for a round without reminders or a deadline).</summary>
    public DateTimeOffset? NextReminderRun { get; private set; }

    /// <summary>Schools whose business manager cannot be told of declines or of who is outstanding after the deadline.</summary>
    public IReadOnlyList<string> SchoolsWithoutManager { get; private set; } = [];

    public IReadOnlyList<NoticeRow> Notices { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        await TryAsync(async () =>
        {
            Round = await Service<RoundTracker>().StatusAsync(id, cancellationToken);
            if (Round is not null)
            {
                (NextReminderRun, SchoolsWithoutManager, Notices) = await Service<ChaseOverview>().ForAsync(Round.Round, cancellationToken);
            }
        });
        if (Round is null && Problem is null)
        {
            return NotFound();
        }

        if (Round is not null)
        {
            var filtered = Round.Filter(School, Group);
            Shown = Status is { } status ? filtered with { People = filtered.People.Where(p => p.Status == status).ToList() } : filtered;
        }

        return Page();
    }

    public string ExportUrl(string format)
    {
        var query = new List<string>();
        if (!string.IsNullOrEmpty(School))
        {
            query.Add("school=" + Uri.EscapeDataString(School));
        }

        if (!string.IsNullOrEmpty(Group))
        {
            query.Add("group=" + Uri.EscapeDataString(Group));
        }

        return $"/api/rounds/{Round!.Round.Id}/export.{format}" + (query.Count > 0 ? "?" + string.Join('&', query) : "");
    }
}
