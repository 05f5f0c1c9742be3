using Microsoft.AspNetCore.Diagnostics;
using PolicyKit.SignOff;

namespace PolicyKit.Functions.Api;

/// <summary>An exception that escaped an API endpoint, as a problem document: a person-readable message, never a stack trace.</summary>
internal static class ApiProblems
{
    public static async Task WriteAsync(HttpContext context)
    {
        var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        var (status, detail) = error switch
        {
            SignOffException e => (StatusOf(e), e.Message),
            BadHttpRequestException e => (e.StatusCode, "The request could not be read."),
            _ => (StatusCodes.Status500InternalServerError, $"PolicyKit failed to handle this request; see the service's log for request {context.TraceIdentifier}."),
        };
        await Results.Problem(detail: detail, statusCode: status).ExecuteAsync(context);
    }

    /// <summary>Problems a person can act on become a status code and their message; nothing else leaves the service.</summary>
    public static async Task<IResult> GuardAsync(Func<Task<IResult>> action)
    {
        try
        {
            return await action();
        }
        catch (SignOffException ex)
        {
            return Results.Problem(detail: ex.Message, statusCode: StatusOf(ex));
        }
    }

    public static int StatusOf(SignOffException ex) =>
        ex.IsTransient ? StatusCodes.Status503ServiceUnavailable : ex.IsNotFound ? StatusCodes.Status404NotFound : StatusCodes.Status400BadRequest;
}
