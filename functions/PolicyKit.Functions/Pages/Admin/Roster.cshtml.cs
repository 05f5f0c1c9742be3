using Microsoft.AspNetCore.Mvc;
using PolicyKit.SignOff.Publishing;
using PolicyKit.SignOff.Roster;

namespace PolicyKit.Functions.Pages.Admin;

public sealed class RosterModel(ReleaseCatalog catalog, RosterImporter importer) : AdminPageModel
{
    private const long MaxFileBytes = 5 * 1024 * 1024;

    public IReadOnlyList<SchoolProfile> Schools { get; private set; } = [];

    public RosterImportReport? Report { get; private set; }

    [BindProperty]
    public string? School { get; set; }

    [BindProperty]
    public bool SkipInvalid { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        await TryAsync(async () => Schools = await catalog.SchoolsAsync(cancellationToken));

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        await OnGetAsync(cancellationToken);
        if (file is null || file.Length == 0)
        {
            Problem = "Choose the roster file (CSV) exported from your MIS.";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        if (file.Length > MaxFileBytes)
        {
            Problem = $"{file.FileName} is larger than 5 MB; a roster is usually well under 1 MB. Check it is the CSV export.";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        await TryAsync(async () =>
        {
            await using var stream = file.OpenReadStream();
            Report = await importer.ImportAsync(stream, Path.GetFileName(file.FileName), string.IsNullOrEmpty(School) ? null : School, SkipInvalid, cancellationToken);
            if (!Report.Applied)
            {
                Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            }
        });
        return Page();
    }
}
