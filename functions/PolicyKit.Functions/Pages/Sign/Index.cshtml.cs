using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using PolicyKit.Functions.Hosting;
using PolicyKit.Functions.Signing;
using PolicyKit.SignOff.Signing;

namespace PolicyKit.Functions.Pages.Sign;

/// <summary>The page a sign link opens: read, then sign or decline. After either, the page shows what was recorded.</summary>
[EnableRateLimiting(SignOffApp.SignRateLimit)]
public sealed class IndexModel(SigningService signing, UnknownLinkThrottle throttle) : PageModel
{
    [BindProperty(SupportsGet = false)]
    public string? FullName { get; set; }

    [BindProperty(SupportsGet = false)]
    public bool Agree { get; set; }

    [BindProperty(SupportsGet = false)]
    public string? Reason { get; set; }

    public SignContext Context { get; private set; } = new(SignLinkState.Unknown);

    public string? Problem { get; private set; }

    public bool ShowDecline { get; private set; }

    public string Token { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken cancellationToken)
    {
        Token = token;
        Context = await signing.FinishInterruptedAsync(await signing.OpenAsync(token, cancellationToken), cancellationToken);
        return Show();
    }

    public async Task<IActionResult> OnPostSignAsync(string token, CancellationToken cancellationToken)
    {
        Token = token;
        return AfterPost(await signing.SignAsync(token, FullName, Agree, Evidence(), cancellationToken));
    }

    public async Task<IActionResult> OnPostDeclineAsync(string token, CancellationToken cancellationToken)
    {
        Token = token;
        var result = await signing.DeclineAsync(token, Reason, Evidence(), cancellationToken);
        ShowDecline = result.Problem is not null;
        return AfterPost(result);
    }

    private IActionResult AfterPost(SignResult result)
    {
        Context = result.Context;
        Problem = result.Problem;

        // After a decision, show the result at the link's own address, so refreshing the page cannot post again.
        return result.Problem is null && result.Context.State is SignLinkState.Signed or SignLinkState.Declined
            ? RedirectToPage(new { token = Token })
            : Show();
    }

    private IActionResult Show()
    {
        ViewData["Brand"] = PageBrand.For(Context.School);
        switch (Context.State)
        {
            case SignLinkState.Unknown when throttle.Refuses(Client):
                return StatusCode(StatusCodes.Status429TooManyRequests);
            case SignLinkState.Unknown:
                Response.StatusCode = StatusCodes.Status404NotFound;
                break;
            case SignLinkState.Expired or SignLinkState.Replaced:
                Response.StatusCode = StatusCodes.Status410Gone;
                break;
            default:
                if (Problem is not null)
                {
                    Response.StatusCode = StatusCodes.Status400BadRequest;
                }

                break;
        }

        return Page();
    }

    private string Client => HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private RequestEvidence Evidence() => new(Client, Request.Headers.UserAgent.ToString(), HttpContext.TraceIdentifier);

    public string DocumentUrl(bool pdf) => $"/sign/{Token}/document/{(pdf ? Context.Release!.PdfFile : Context.Release!.DocumentFile)}";
}
