using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using PolicyKit.Functions.Hosting;
using PolicyKit.Functions.Signing;
using PolicyKit.SignOff.Ratification;
using PolicyKit.SignOff.Signing;

namespace PolicyKit.Functions.Pages.Ratify;

/// <summary>
/// The page a chair's link opens: what is asked, what changed, the redline; then approve or return with comments.
/// A governor's link opens the same page to read only.
/// </summary>
[EnableRateLimiting(SignOffApp.SignRateLimit)]
public sealed class IndexModel(RatificationService ratifications, UnknownLinkThrottle throttle) : PageModel
{
    [BindProperty(SupportsGet = false)]
    public string? FullName { get; set; }

    [BindProperty(SupportsGet = false)]
    public bool Agree { get; set; }

    [BindProperty(SupportsGet = false)]
    public string? Comments { get; set; }

    public RatifyContext Context { get; private set; } = new(RatifyLinkState.Unknown);

    public string? Problem { get; private set; }

    public bool ShowReturn { get; private set; }

    public string Token { get; private set; } = "";

    /// <summary>The redline's Markdown summary, shown as text (it is the chair's quickest read of what changed).</summary>
    public string? Summary { get; private set; }

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken cancellationToken)
    {
        Token = token;
        Context = await ratifications.FinishInterruptedAsync(await ratifications.OpenAsync(token, cancellationToken), cancellationToken);
        return await ShowAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostApproveAsync(string token, CancellationToken cancellationToken)
    {
        Token = token;
        return await AfterPostAsync(await ratifications.ApproveAsync(token, FullName, Agree, Evidence(), cancellationToken), cancellationToken);
    }

    public async Task<IActionResult> OnPostReturnAsync(string token, CancellationToken cancellationToken)
    {
        Token = token;
        var result = await ratifications.ReturnAsync(token, Comments, Evidence(), cancellationToken);
        ShowReturn = result.Problem is not null;
        return await AfterPostAsync(result, cancellationToken);
    }

    private async Task<IActionResult> AfterPostAsync(RatifyResult result, CancellationToken cancellationToken)
    {
        Context = result.Context;
        Problem = result.Problem;

        // After a decision, show it at the link's own address, so refreshing cannot post again.
        return result.Problem is null && result.Context.State is RatifyLinkState.Approved or RatifyLinkState.Returned
            ? RedirectToPage(new { token = Token })
            : await ShowAsync(cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(CancellationToken cancellationToken)
    {
        ViewData["Brand"] = PageBrand.For(Context.School);
        switch (Context.State)
        {
            case RatifyLinkState.Unknown when throttle.Refuses(Client):
                return StatusCode(StatusCodes.Status429TooManyRequests);
            case RatifyLinkState.Unknown:
                Response.StatusCode = StatusCodes.Status404NotFound;
                break;
            case RatifyLinkState.Expired or RatifyLinkState.Replaced:
                Response.StatusCode = StatusCodes.Status410Gone;
                break;
            default:
                if (Problem is not null)
                {
                    Response.StatusCode = StatusCodes.Status400BadRequest;
                }

                if (await ratifications.ReadFileAsync(Context, ProposalFileRoles.RedlineMarkdown, cancellationToken) is { } summary)
                {
                    Summary = summary.Content.ToString();
                }

                break;
        }

        return Page();
    }

    private string Client => HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private RequestEvidence Evidence() => new(Client, Request.Headers.UserAgent.ToString(), HttpContext.TraceIdentifier);

    public string FileUrl(string role) => $"/ratify/{Token}/file/{role}";
}
