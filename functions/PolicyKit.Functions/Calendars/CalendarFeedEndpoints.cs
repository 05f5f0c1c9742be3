using PolicyKit.Functions.Hosting;
using PolicyKit.SignOff.Calendars;

namespace PolicyKit.Functions.Calendars;

/// <summary>GET /calendar/{school}/{secret}.ics: a school's review calendar, for calendar applications to subscribe to.</summary>
internal static class CalendarFeedEndpoints
{
    public static void MapCalendarFeeds(this IEndpointRouteBuilder app) =>
        app.MapGet("/calendar/{school}/{file}", ServeAsync).RequireRateLimiting(SignOffApp.SignRateLimit);

    private static async Task<IResult> ServeAsync(string school, string file, CalendarFeeds feeds, HttpContext http, CancellationToken cancellationToken)
    {
        var calendar = file.EndsWith(".ics", StringComparison.Ordinal) ? await feeds.FindAsync(school, file[..^4], cancellationToken) : null;
        if (calendar is null)
        {
            // The same answer for a wrong school and a wrong secret, so neither can be found by trying.
            return Results.Text("There is no calendar at this address. Ask the school for its current calendar address.", "text/plain; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
        }

        // Calendar applications poll; an hour's caching keeps that cheap while a new publish still shows the same day.
        http.Response.Headers.CacheControl = "private, max-age=3600";
        return Results.Bytes(calendar.ToArray(), CalendarFeeds.ContentType);
    }
}
