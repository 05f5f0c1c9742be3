using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PolicyKit.SignOff;

namespace PolicyKit.Functions.Pages;

/// <summary>Every error a person can meet, in words, never a stack trace.</summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public int Code { get; private set; }

    public string Heading { get; private set; } = "";

    public string Message { get; private set; } = "";

    public void OnGet(int? code) => Describe(code);

    public void OnPost(int? code) => Describe(code);

    private void Describe(int? code)
    {
        var exception = HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error;
        Code = code ?? (exception is SignOffException { IsTransient: true } ? 503 : 500);
        (Heading, Message) = (Code, exception) switch
        {
            (_, SignOffException { IsTransient: true } e) => ("PolicyKit cannot reach its storage", e.Message),
            (_, SignOffException e) => ("Something needs attention", e.Message),
            (400, _) => ("That request could not be used", "The form may have been open for a long time, or sent twice. Go back, reload the page and try again."),
            (401 or 403, _) => ("You need to sign in", "Sign in with the admin key to see this page."),
            (404, _) => ("Page not found", "Check the address, or start again from the link you were sent."),
            (410, _) => ("This link no longer works", "Ask your school office for a new one."),
            (429, _) => ("Too many attempts", "Please wait a few minutes and try again."),
            (503, _) => ("PolicyKit is busy or unavailable", "Nothing was lost. Please try again in a few minutes."),
            _ => ("Something went wrong", "Please try again in a few minutes. If it happens again, tell your school office."),
        };
        Response.StatusCode = Code;
    }
}
