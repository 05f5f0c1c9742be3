using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PolicyKit.SignOff;

namespace PolicyKit.Functions.Pages.Admin;

/// <summary>
/// Shared by the admin pages: the admin banner, and a problem a person can act on shown on the page (storage down,
/// nothing published yet) rather than as an error page.
/// </summary>
public abstract class AdminPageModel : PageModel
{
    public string? Problem { get; protected set; }

    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        ViewData["Admin"] = true;
        base.OnPageHandlerExecuting(context);
    }

    private protected async Task<bool> TryAsync(Func<Task> action)
    {
        try
        {
            await action();
            return true;
        }
        catch (SignOffException ex)
        {
            Problem = ex.Message;
            Response.StatusCode = Api.ApiProblems.StatusOf(ex);
            return false;
        }
    }
}
