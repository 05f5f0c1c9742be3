using PolicyKit.Functions.Hosting;
using PolicyKit.SignOff.Ratification;

namespace PolicyKit.Functions.Signing;

/// <summary>
/// The exact files a ratification request pinned, by role: the web page the chair's page frames (so the bytes shown
/// are the bytes whose hash the decision records), the Word redline and the proposed PDF to download.
/// </summary>
internal static class RatifyFileEndpoints
{
    // The redline page has no script and embeds its images; only the chair's page may frame it.
    private const string DocumentCsp = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'; base-uri 'none'; form-action 'none'";

    public static void MapRatifyFiles(this IEndpointRouteBuilder app)
    {
        app.MapGet("/ratify/{token}/file/{role}", ServeAsync).RequireRateLimiting(SignOffApp.SignRateLimit);
    }

    private static async Task<IResult> ServeAsync(string token, string role, HttpContext http, RatificationService ratifications, UnknownLinkThrottle throttle, CancellationToken cancellationToken)
    {
        var context = await ratifications.OpenAsync(token, cancellationToken);
        if (context.State == RatifyLinkState.Unknown)
        {
            return throttle.Refuses(http.Connection.RemoteIpAddress?.ToString() ?? "unknown") ? Results.StatusCode(StatusCodes.Status429TooManyRequests) : Results.NotFound();
        }

        if (context.State is RatifyLinkState.Expired or RatifyLinkState.Replaced)
        {
            return Results.StatusCode(StatusCodes.Status410Gone);
        }

        if (await ratifications.ReadFileAsync(context, role, cancellationToken) is not { } found)
        {
            return Results.NotFound();
        }

        var (file, content) = found;
        if (role is ProposalFileRoles.RedlineHtml or ProposalFileRoles.ProposedHtml)
        {
            http.Response.Headers.ContentSecurityPolicy = DocumentCsp;
            http.Response.Headers.XFrameOptions = "SAMEORIGIN";
            return Results.Bytes(content.ToArray(), "text/html; charset=utf-8");
        }

        return Results.File(content.ToArray(), ProposalFileRoles.ContentType(role), file.Name);
    }
}
