using PolicyKit.Functions.Admin;
using PolicyKit.SignOff;
using PolicyKit.SignOff.Delivery;
using PolicyKit.SignOff.Evidence;
using PolicyKit.SignOff.Ratification;
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
        read.MapGet("/ratifications", ListApprovalsAsync);

        var write = app.MapGroup("/api").RequireAuthorization(AdminAuthentication.ApiPolicy);
        write.MapPost("/rounds", StartRoundAsync);
        write.MapPost("/rounds/preview", PreviewRoundAsync);
        write.MapRoundPeople();
        write.MapPost("/rosters", ImportRosterAsync);
        write.MapPost("/mail/dispatch", DispatchAsync);
    }

    private static async Task<IResult> ListRoundsAsync(RoundTracker tracker, CancellationToken cancellationToken) =>
        await ApiProblems.GuardAsync(async () => Results.Ok((await tracker.AllAsync(cancellationToken)).Select(RoundExport.Summary)));

    private static async Task<IResult> ListApprovalsAsync(RatificationCatalog catalog, CancellationToken cancellationToken) =>
        await ApiProblems.GuardAsync(async () => Results.Ok(await catalog.ApprovedAsync(cancellationToken)));

    private static async Task<IResult> ExportJsonAsync(string id, string? school, string? group, string? status, string? q, RoundTracker tracker, CancellationToken cancellationToken) =>
        await ExportAsync(id, school, group, status, q, tracker, s => Results.Bytes(RoundExport.ToJson(s), "application/json", $"{id}.json"), cancellationToken);

    private static async Task<IResult> ExportCsvAsync(string id, string? school, string? group, string? status, string? q, RoundTracker tracker, CancellationToken cancellationToken) =>
        await ExportAsync(id, school, group, status, q, tracker, s => Results.Bytes(RoundExport.ToCsv(s), "text/csv; charset=utf-8", $"{id}.csv"), cancellationToken);

    /// <summary>The round's people with the dashboard's filters applied, so a download holds exactly the rows shown.</summary>
    private static async Task<IResult> ExportAsync(string id, string? school, string? group, string? status, string? q, RoundTracker tracker, Func<RoundStatus, IResult> write, CancellationToken cancellationToken) =>
        await ApiProblems.GuardAsync(async () =>
        {
            if (!PersonFilter.TryParseStatus(status, out var wanted))
            {
                return Results.Problem(detail: $"There is no status '{status}'. Use one of: {PersonFilter.StatusChoices}.", statusCode: StatusCodes.Status400BadRequest);
            }

            return await tracker.StatusAsync(id, cancellationToken) is { } round
                ? write(new PersonFilter(school, group, wanted, q).Apply(round))
                : Results.NotFound();
        });

    private static async Task<IResult> VerifyAsync(string id, RoundTracker tracker, ChainVerifier verifier, CancellationToken cancellationToken) =>
        await ApiProblems.GuardAsync(async () => await tracker.RoundAsync(id, cancellationToken) is null
            ? Results.NotFound()
            : Results.Ok(await verifier.VerifyAsync(id, cancellationToken)));

    private static async Task<IResult> StartRoundAsync(StartRoundRequest request, RoundStarter starter, DeliveryTrigger delivery, CancellationToken cancellationToken) =>
        await ApiProblems.GuardAsync(async () =>
        {
            var result = await starter.StartAsync(request with { Schools = request.Schools ?? [], Groups = request.Groups ?? [] }, cancellationToken);
            delivery.Pull();
            return Results.Ok(new
            {
                round = result.Round.Id,
                invited = result.Invited,
                alreadyInvited = result.AlreadyInvited,
                wasAlreadyStarted = result.WasAlreadyStarted,
                schools = result.Schools.Select(SchoolCounts),
            });
        });

    /// <summary>What starting would do, per school, without emailing anyone.</summary>
    private static async Task<IResult> PreviewRoundAsync(StartRoundRequest request, RoundStarter starter, CancellationToken cancellationToken) =>
        await ApiProblems.GuardAsync(async () =>
        {
            var preview = await starter.PreviewAsync(request with { Schools = request.Schools ?? [], Groups = request.Groups ?? [] }, cancellationToken);
            return Results.Ok(new
            {
                round = preview.Round.Id,
                wasAlreadyStarted = preview.WasAlreadyStarted,
                toEmail = preview.ToEmail,
                leftOut = preview.LeftOut,
                problem = preview.Problem,
                schools = preview.Schools.Select(SchoolCounts),
            });
        });

    private static object SchoolCounts(SchoolPreview s) => new
    {
        school = s.School,
        name = s.SchoolName,
        hasRoster = s.HasRoster,
        toEmail = s.ToEmail,
        alreadyInvited = s.AlreadyInvited,
        alreadySigned = s.AlreadySigned,
        alreadyAskedElsewhere = s.AlreadyAsked,
    };

    private static async Task<IResult> ImportRosterAsync(HttpRequest request, string? school, bool? skipInvalid, string? fileName, RosterImporter importer, CancellationToken cancellationToken) =>
        await ApiProblems.GuardAsync(async () =>
        {
            var report = await importer.ImportAsync(request.Body, fileName ?? "roster.csv", string.IsNullOrWhiteSpace(school) ? null : school, skipInvalid ?? false, cancellationToken);
            var body = new
            {
                applied = report.Applied,
                imported = report.Imported,
                skipped = report.Skipped,
                headerRejected = report.HeaderRejected,
                skippingWouldHelp = report.SkippingWouldHelp,
                openInvitationsUpdated = report.OpenInvitesUpdated,
                problems = report.Problems.Select(p => new { line = p.Line, message = p.Message, text = p.ToString() }),
            };
            return report.Applied ? Results.Ok(body) : Results.UnprocessableEntity(body);
        });

    private static async Task<IResult> DispatchAsync(MailDispatcher dispatcher, CancellationToken cancellationToken) =>
        await ApiProblems.GuardAsync(async () => Results.Ok(await dispatcher.RunAsync(cancellationToken)));
}
