using System.Security.Claims;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using PolicyKit.Functions.Hosting;

namespace PolicyKit.Functions.Admin;

/// <summary>
/// Reads the user App Service authentication signed in (the X-MS-CLIENT-PRINCIPAL header the platform sets and
/// strips from incoming requests). Only registered when Admin:TrustPlatformPrincipal is true: anywhere else the
/// header could be sent by anyone.
/// </summary>
internal sealed class PlatformPrincipalAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    AdminOptions admin)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers["X-MS-CLIENT-PRINCIPAL"].ToString();
        if (!admin.TrustPlatformPrincipal || header.Length == 0)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        try
        {
            using var json = JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(header)));
            var roleType = json.RootElement.TryGetProperty("role_typ", out var rt) ? rt.GetString() : ClaimTypes.Role;
            var claims = json.RootElement.GetProperty("claims").EnumerateArray()
                .Select(c => new Claim(c.GetProperty("typ").GetString() ?? "", c.GetProperty("val").GetString() ?? ""))
                .ToList();
            if (!claims.Any(c => (c.Type == roleType || c.Type == "roles") && c.Value == admin.PlatformRole))
            {
                return Task.FromResult(AuthenticateResult.Fail("The signed-in user does not have the admin role."));
            }

            claims.Add(new Claim(ClaimTypes.Role, AdminAuthentication.AdminRole));
            var identity = new ClaimsIdentity(claims, Scheme.Name);
            return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name)));
        }
        catch (Exception ex) when (ex is FormatException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return Task.FromResult(AuthenticateResult.Fail("The platform's client principal could not be read."));
        }
    }

    // As for the admin key: a page's challenge is the cookie scheme's redirect to the sign-in page.
    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        if (Request.Path.StartsWithSegments("/api"))
        {
            Response.StatusCode = StatusCodes.Status401Unauthorized;
        }

        return Task.CompletedTask;
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) => HandleChallengeAsync(properties);
}
