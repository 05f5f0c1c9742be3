using System.Security.Claims;
using PolicyKit.SignOff.People;

namespace PolicyKit.Functions.Api;

/// <summary>What the API lets a business manager do for one person in a round: resend or correct, mark as left or excused.</summary>
internal static class RoundPeopleEndpoints
{
    public sealed record ResendRequest(string? Email);

    public sealed record ExemptRequest(string? Kind, string? Reason);

    public static void MapRoundPeople(this RouteGroupBuilder write)
    {
        write.MapPost("/rounds/{id}/people/{school}/{person}/resend", ResendAsync);
        write.MapPost("/rounds/{id}/people/{school}/{person}/exempt", ExemptAsync);
    }

    /// <summary>The admin as the service knows them, for the log and the evidence.</summary>
    public static string Actor(ClaimsPrincipal user) => user.Identity?.Name is { Length: > 0 } name ? name : "admin";

    private static async Task<IResult> ResendAsync(string id, string school, string person, ResendRequest? request, HttpContext context, RoundPeople people, CancellationToken cancellationToken) =>
        await ApiProblems.GuardAsync(async () =>
        {
            var email = await people.ResendAsync(id, school, person, request?.Email, Actor(context.User), cancellationToken);
            return Results.Ok(new { round = id, school, person, email, queued = true });
        });

    private static async Task<IResult> ExemptAsync(string id, string school, string person, ExemptRequest request, HttpContext context, RoundPeople people, CancellationToken cancellationToken) =>
        await ApiProblems.GuardAsync(async () =>
        {
            var record = await people.ExemptAsync(id, school, person, request.Kind, request.Reason, Actor(context.User), context.TraceIdentifier, cancellationToken);
            return Results.Ok(new { round = id, school, person, kind = record.Kind, reason = record.Reason, atUtc = record.AtUtc });
        });
}
