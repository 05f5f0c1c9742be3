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
            SignOffException { IsTransient: true } e => (StatusCodes.Status503ServiceUnavailable, e.Message),
            SignOffException e => (StatusCodes.Status400BadRequest, e.Message),
            BadHttpRequestException e => (e.StatusCode, "The request could not be read."),
            _ => (StatusCodes.Status500InternalServerError, $"PolicyKit failed to handle this request; see the service's log for request {context.TraceIdentifier}."),
        };
        await Results.Problem(detail: detail, statusCode: status).ExecuteAsync(context);
    }
}
