using PolicyKit.Functions.Hosting;
using PolicyKit.SignOff.Publishing;
using PolicyKit.SignOff.Signing;

namespace PolicyKit.Functions.Signing;

/// <summary>
/// The exact published files a sign link shows: the policy's web page (framed by the sign page, so the bytes shown
/// are the bytes whose hash is recorded) and its PDF. Relative links inside the page resolve here too.
/// </summary>
internal static class SignDocumentEndpoints
{
    // The policy page has no script and embeds its images; it may be framed only by the sign page itself.
    private const string DocumentCsp = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'; base-uri 'none'; form-action 'none'";

    private const string NotHere =
        "<!doctype html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>Not available here</title></head>" +
        "<body style=\"font-family:system-ui,sans-serif;margin:1.5rem;line-height:1.5\"><h1 style=\"font-size:1.3rem\">Not available here</h1>" +
        "<p>This link opens the school's published policies only. Use your browser's Back button to return to the policy you are asked to sign.</p></body></html>";

    public static void MapSignDocuments(this IEndpointRouteBuilder app)
    {
        app.MapGet("/sign/{token}/document/{file}", ServeAsync).RequireRateLimiting(SignOffApp.SignRateLimit);
    }

    private static async Task<IResult> ServeAsync(string token, string file, HttpContext http, SigningService signing, ReleaseCatalog catalog, UnknownLinkThrottle throttle, CancellationToken cancellationToken)
    {
        var client = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var context = await signing.OpenAsync(token, cancellationToken);
        if (context.State == SignLinkState.Unknown)
        {
            return throttle.Refuses(client) ? Results.StatusCode(StatusCodes.Status429TooManyRequests) : Results.NotFound();
        }

        // A used link still shows what was signed; an expired or replaced one shows nothing.
        if (context.State is SignLinkState.Expired or SignLinkState.Replaced)
        {
            return Results.StatusCode(StatusCodes.Status410Gone);
        }

        var release = context.Release!;
        if (file == release.DocumentFile)
        {
            var html = await signing.ReadDocumentAsync(context, pdf: false, cancellationToken);
            http.Response.Headers.ContentSecurityPolicy = DocumentCsp;
            http.Response.Headers.XFrameOptions = "SAMEORIGIN";
            return Results.Bytes(html.ToArray(), "text/html; charset=utf-8");
        }

        if (file == release.PdfFile)
        {
            var pdf = await signing.ReadDocumentAsync(context, pdf: true, cancellationToken);
            return Results.File(pdf.ToArray(), "application/pdf", file);
        }

        // The page's other links (its Word copy, "All policies", the policies listed there) open the school's
        // published documents inside the frame; anything else gets a short page the frame can show.
        http.Response.Headers.ContentSecurityPolicy = DocumentCsp;
        http.Response.Headers.XFrameOptions = "SAMEORIGIN";
        if (await SchoolPolicyFiles.FindAsync(context, file, catalog, cancellationToken) is { } linked)
        {
            return linked.IsPage ? Results.Bytes(linked.Content, linked.ContentType) : Results.File(linked.Content, linked.ContentType, file);
        }

        return Results.Content(NotHere, "text/html; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
    }
}
