using Microsoft.AspNetCore.Mvc;
using PolicyKit.SignOff.Chasing;
using PolicyKit.SignOff.Tracking;

namespace PolicyKit.Functions.Pages.Admin;

/// <summary>
/// A round's dashboard: counts for the whole round, then the people matching the filters a hundred at a time. The
/// tracker reads each immutable record once per process, so moving between pages costs one listing, not a re-read.
/// </summary>
public sealed class RoundModel(RoundTracker tracker, ChaseOverview chase, SignedVersions versions) : AdminPageModel
{
    public RoundStatus? Round { get; private set; }

    public PersonPage? Shown { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string? School { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Group { get; set; }

    [BindProperty(SupportsGet = true)]
    public PersonStatus? Status { get; set; }

    /// <summary>Part of a name, email address or staff id.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    /// <summary>The page number ("page" itself is taken by Razor Pages' routing).</summary>
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    [BindProperty(SupportsGet = true)]
    public int? Invited { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Already { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? LeftOut { get; set; }

    /// <summary>When the reminder chase next runs (null for a round without reminders or a deadline).</summary>
    public DateTimeOffset? NextReminderRun { get; private set; }

    /// <summary>Schools whose business manager cannot be told of declines or of who is outstanding after the deadline.</summary>
    public IReadOnlyList<string> SchoolsWithoutManager { get; private set; } = [];

    public IReadOnlyList<NoticeRow> Notices { get; private set; } = [];

    /// <summary>Who on the rosters has signed the version in force, only an older one, or none: what an inspection asks for.</summary>
    public VersionCoverage? Versions { get; private set; }

    /// <summary>The most people the versions table lists; the round's own table and the downloads have everyone.</summary>
    public const int VersionRowsShown = 200;

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        await TryAsync(async () =>
        {
            Round = await tracker.StatusAsync(id, cancellationToken);
            if (Round is not null)
            {
                (NextReminderRun, SchoolsWithoutManager, Notices) = await chase.ForAsync(Round.Round, cancellationToken);
                Versions = await versions.ForAsync(Round.Round, cancellationToken);
            }
        });
        if (Round is null && Problem is null)
        {
            return NotFound();
        }

        if (Round is not null)
        {
            Shown = PersonPage.Of(Filter.Apply(Round).People, PageNumber);
        }

        return Page();
    }

    private PersonFilter Filter => new(School, Group, Status, Q);

    public string ExportUrl(string format) => $"/api/rounds/{Round!.Round.Id}/export.{format}{Query(null, status: Status is { } s ? RoundExport.StatusText(s) : null)}";

    public string PageUrl(int page) => $"/admin/rounds/{Round!.Round.Id}{Query(page, status: Status?.ToString())}";

    public string PersonUrl(PersonRow person) => $"/admin/rounds/{Round!.Round.Id}/people/{person.School}/{person.PersonId}";

    private string Query(int? page, string? status)
    {
        var query = new List<string>();
        void Add(string key, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                query.Add(key + "=" + Uri.EscapeDataString(value));
            }
        }

        Add("school", School);
        Add("group", Group);
        Add("status", status);
        Add("q", Q?.Trim());
        Add("p", page is > 1 ? page.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : null);
        return query.Count > 0 ? "?" + string.Join('&', query) : "";
    }
}
