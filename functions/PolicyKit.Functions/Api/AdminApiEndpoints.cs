using PolicyKit.Functions.Admin;
using PolicyKit.SignOff;
using PolicyKit.SignOff.Delivery;
using PolicyKit.SignOff.Evidence;
using PolicyKit.SignOff.Roster;
using PolicyKit.SignOff.Rounds;
using PolicyKit.SignOff.Tracking;

namespace PolicyKit.Functions.Api;

/// <summary>The admin API for scripts and the CLI. Changes need the admin key; downloads also accept the admin pages' sign-in.</summary>
internal static class AdminApiEndpoints
{
    public static void MapAdminApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/health", () => Results.Ok(new { status = "ok" }));

        var read = app.MapGroup("/api").RequireAuthorization(AdminAuthentication.AdminPolicy);
        read.MapGet("/rounds", ListRoundsAsync);
        read.MapGet("/rounds/{id}", ExportJsonAsync);
        read.MapGet("/rounds/{id}/export.json", ExportJsonAsync);
        read.MapGet("/rounds/{id}/export.csv", ExportCsvAsync);
        read.MapGet("/rounds/{id}/verify", VerifyAsync);

        var write = app.MapGroup("/api").RequireAuthorization(AdminAuthentication.ApiPolicy);
        write.MapPost("/rounds", StartRoundAsync);
        write.MapPost("/rosters", ImportRosterAsync);
        write.MapPost("/mail/dispatch", DispatchAsync);
    }

    private static async Task<IResult> ListRoundsAsync(RoundTracker tracker, CancellationToken cancellationToken) =>
        await GuardAsync(async () => Results.Ok((await tracker.AllAsync(cancellationToken)).Select(RoundExport.Summary)));

    private static async Task<IResult> ExportJsonAsync(string id, string? school, string? group, RoundTracker tracker, CancellationToken cancellationToken) =>
        await GuardAsync(async () => await tracker.StatusAsync(id, cancellationToken) is { } status
            ? Results.Bytes(RoundExport.ToJson(status.Filter(school, group)), "application/json", $"{id}.json")
            : Results.NotFound());

    private static async Task<IResult> ExportCsvAsync(string id, string? school, string? group, RoundTracker tracker, CancellationToken cancellationToken) =>
        await GuardAsync(async () => await tracker.StatusAsync(id, cancellationToken) is { } status
            ? Results.Bytes(RoundExport.ToCsv(status.Filter(school, group)), "text/csv; charset=utf-8", $"{id}.csv")
            : Results.NotFound());

    private static async Task<IResult> VerifyAsync(string id, RoundTracker tracker, ChainVerifier verifier, CancellationToken cancellationToken) =>
        await GuardAsync(async () => await tracker.RoundAsync(id, cancellationToken) is null
            ? Results.NotFound()
            : Results.Ok(await verifier.VerifyAsync(id, cancellationToken)));

    private static async Task<IResult> StartRoundAsync(StartRoundRequest request, RoundStarter starter, DeliveryTrigger delivery, CancellationToken cancellationToken) =>
        await GuardAsync(async () =>
        {
            var result = await starter.StartAsync(request with { Schools = request.Schools ?? [], Groups = request.Groups ?? [] }, cancellationToken);
            delivery.Pull();
            return Results.Ok(new { round = result.Round.Id, invited = result.Invited, alreadyInvited = result.AlreadyInvited, wasAlreadyStarted = result.WasAlreadyStarted });
        });

    private static async Task<IResult> ImportRosterAsync(HttpRequest request, string? school, bool? skipInvalid, string? fileName, RosterImporter importer, CancellationToken cancellationToken) =>
        await GuardAsync(async () =>
        {
            var report = await importer.ImportAsync(request.Body, fileName ?? "roster.csv", string.IsNullOrWhiteSpace(school) ? null : school, skipInvalid ?? false, cancellationToken);
            var body = new
            {
                applied = report.Applied,
                imported = report.Imported,
                skipped = report.Skipped,
                headerRejected = report.HeaderRejected,
                skippingWouldHelp = report.SkippingWouldHelp,
                problems = report.Problems.Select(p => new { line = p.Line, message = p.Message, text = p.ToString() }),
            };
            return report.Applied ? Results.Ok(body) : Results.UnprocessableEntity(body);
        });

    private static async Task<IResult> DispatchAsync(MailDispatcher dispatcher, CancellationToken cancellationToken) =>
        await GuardAsync(async () => Results.Ok(await dispatcher.RunAsync(cancellationToken)));

    /// <summary>Problems a person can act on become a status code and their message; nothing else leaves the service.</summary>
    private static async Task<IResult> GuardAsync(Func<Task<IResult>> action)
    {
        try
        {
            return await action();
        }
        catch (SignOffException ex)
        {
            return Results.Problem(detail: ex.Message, statusCode: ex.IsTransient ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status400BadRequest);
        }
    }
}
