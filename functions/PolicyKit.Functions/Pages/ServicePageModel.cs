using Microsoft.AspNetCore.Mvc.RazorPages;

namespace PolicyKit.Functions.Pages;

/// <summary>
/// Razor needs public page models, and the sign-off services are internal, so pages fetch them from the request's
/// services rather than take them in a constructor.
/// </summary>
public abstract class ServicePageModel : PageModel
{
    private protected T Service<T>()
        where T : notnull => HttpContext.RequestServices.GetRequiredService<T>();
}
