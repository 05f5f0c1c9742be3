namespace PolicyKit.Functions.Hosting;

/// <summary>
/// Headers on every response. No page runs script; no page may be framed by another site; and no address is sent
/// on as a referrer, because a sign page's address is its secret link.
/// </summary>
internal static class SecurityHeaders
{
    private const string PageCsp = "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    public static Task ApplyAsync(HttpContext context, Func<Task> next)
    {
        var headers = context.Response.Headers;
        headers["X-Content-Type-Options"] = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        context.Response.OnStarting(() =>
        {
            // The policy document sets its own, stricter policy so it can be framed by the sign page.
            if (!headers.ContainsKey("Content-Security-Policy"))
            {
                headers["Content-Security-Policy"] = PageCsp;
                headers["X-Frame-Options"] = "DENY";
            }

            if (context.Request.Path.StartsWithSegments("/sign") || context.Request.Path.StartsWithSegments("/ratify") || context.Request.Path.StartsWithSegments("/admin") || context.Request.Path.StartsWithSegments("/api"))
            {
                headers.CacheControl = "no-store";
            }

            return Task.CompletedTask;
        });
        return next();
    }
}
