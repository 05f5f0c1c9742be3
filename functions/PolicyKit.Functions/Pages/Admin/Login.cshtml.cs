using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using PolicyKit.Functions.Admin;
using PolicyKit.Functions.Hosting;

namespace PolicyKit.Functions.Pages.Admin;

[EnableRateLimiting(SignOffApp.SignRateLimit)]
public sealed class LoginModel(AdminKeyVerifier verifier) : AdminPageModel
{
    [BindProperty]
    public string? Key { get; set; }

    public void OnGet()
    {
        ViewData["Admin"] = false;
    }

    public async Task<IActionResult> OnPostAsync(string? returnUrl)
    {
        ViewData["Admin"] = false;
        if (!verifier.IsAdmin(Key?.Trim()))
        {
            Problem = "That admin key is not right. Check it with whoever set up PolicyKit for your trust.";
            Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Page();
        }

        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, "admin"), new Claim(ClaimTypes.Role, AdminAuthentication.AdminRole)], AdminAuthentication.CookieScheme);
        await HttpContext.SignInAsync(AdminAuthentication.CookieScheme, new ClaimsPrincipal(identity));
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl! : "/admin");
    }

    public async Task<IActionResult> OnPostSignOutAsync()
    {
        await HttpContext.SignOutAsync(AdminAuthentication.CookieScheme);
        return RedirectToPage();
    }
}
