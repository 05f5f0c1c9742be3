using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.HttpOverrides;
using PolicyKit.Functions.Admin;
using PolicyKit.Functions.Api;
using PolicyKit.Functions.Calendars;
using PolicyKit.Functions.CustomHandler;
using PolicyKit.Functions.Signing;
using PolicyKit.SignOff;
using PolicyKit.SignOff.Storage;

namespace PolicyKit.Functions.Hosting;

/// <summary>
/// Builds the service: the same app for <c>policykit serve</c>, for the tests and for Azure Functions (where the
/// host sets FUNCTIONS_CUSTOMHANDLER_PORT and forwards each request to it).
/// </summary>
public static class SignOffApp
{
    internal const string SignRateLimit = "sign";

    /// <summary>A builder with the service's settings sources, logging filters and services; add settings to it, then call <see cref="Build"/>.</summary>
    /// <param name="args">Command-line arguments, read as configuration.</param>
    public static WebApplicationBuilder CreateBuilder(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            // Razor pages are found through the application's name, which must be this assembly even when the CLI hosts it.
            ApplicationName = typeof(SignOffApp).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });

        if (Environment.GetEnvironmentVariable("FUNCTIONS_CUSTOMHANDLER_PORT") is { Length: > 0 } port && int.TryParse(port, out var number))
        {
            // Under Azure Functions only the host talks to the app, on loopback.
            builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, number));
            builder.Configuration["Hosting:CustomHandler"] = "true";
        }

        // Sign links are secrets: the request line must never reach a log.
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.AspNetCore.Routing", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.AspNetCore.Mvc", LogLevel.Warning);
        builder.Logging.AddFilter("Azure.Core", LogLevel.Warning);
        AddServices(builder.Services);
        return builder;
    }

    internal static void AddServices(IServiceCollection services)
    {
        // Read once, on first use, and checked at start-up by Build.
        services.AddSingleton(sp => ServiceOptions.Read(sp.GetRequiredService<IConfiguration>()));
        services.AddSingleton(sp => sp.GetRequiredService<ServiceOptions>().Storage);
        services.AddSingleton(sp => sp.GetRequiredService<ServiceOptions>().Mail);
        services.AddSingleton(sp => sp.GetRequiredService<ServiceOptions>().SignOff);
        services.AddSingleton(sp => sp.GetRequiredService<ServiceOptions>().Admin);
        services.AddSingleton(sp => sp.GetRequiredService<ServiceOptions>().RateLimits);
        services.AddSingleton(TimeProvider.System);
        services.AddSignOff();
        services.AddSingleton(sp => new AdminKeyVerifier(sp.GetRequiredService<AdminOptions>()));
        services.AddSingleton(sp => new UnknownLinkThrottle(sp.GetRequiredService<RateLimitOptions>(), sp.GetRequiredService<TimeProvider>()));
        services.AddHostedService<DeliveryWorker>();

        services.AddDataProtection().SetApplicationName("PolicyKit.SignOff");
        services.AddOptions<KeyManagementOptions>().Configure<KeyRingStore>((o, keys) => o.XmlRepository = new BlobKeyRepository(keys));

        services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizeFolder("/Admin", AdminAuthentication.AdminPolicy);
            o.Conventions.AllowAnonymousToPage("/Admin/Login");
        });
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "policykit-antiforgery";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.FormFieldName = "__antiforgery";
        });

        services.AddAuthentication(AdminAuthentication.CookieScheme)
            .AddCookie(AdminAuthentication.CookieScheme, o =>
            {
                o.Cookie.Name = "policykit-admin";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.SlidingExpiration = true;
                o.LoginPath = "/admin/login";
                o.AccessDeniedPath = "/admin/login";
                o.Events.OnRedirectToLogin = context =>
                {
                    // Scripts get a status code, people get the sign-in page.
                    if (context.Request.Path.StartsWithSegments("/api"))
                    {
                        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                    }
                    else
                    {
                        context.Response.Redirect(context.RedirectUri);
                    }

                    return Task.CompletedTask;
                };
            })
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, AdminKeyAuthenticationHandler>(AdminAuthentication.KeyScheme, null)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, PlatformPrincipalAuthenticationHandler>(AdminAuthentication.PlatformScheme, null);

        services.AddAuthorizationBuilder()
            .AddPolicy(AdminAuthentication.AdminPolicy, p => p
                .AddAuthenticationSchemes(AdminAuthentication.CookieScheme, AdminAuthentication.KeyScheme, AdminAuthentication.PlatformScheme)
                .RequireRole(AdminAuthentication.AdminRole))
            .AddPolicy(AdminAuthentication.ApiPolicy, p => p
                .AddAuthenticationSchemes(AdminAuthentication.KeyScheme)
                .RequireRole(AdminAuthentication.AdminRole));

        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(SignRateLimit, context =>
            {
                var limits = context.RequestServices.GetRequiredService<RateLimitOptions>();
                return RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = limits.SignRequestsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
            });
        });

        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.KnownIPNetworks.Clear();
            o.KnownProxies.Clear();
            o.KnownProxies.Add(IPAddress.Loopback);
            o.KnownProxies.Add(IPAddress.IPv6Loopback);
        });
    }

    /// <summary>Checks the configuration (so a bad setting stops start-up, naming it) and wires the request pipeline.</summary>
    /// <exception cref="ServiceConfigurationException">A setting is missing or invalid; the message names every one.</exception>
    public static WebApplication Build(WebApplicationBuilder builder)
    {
        var app = builder.Build();
        var hosting = app.Services.GetRequiredService<ServiceOptions>().Hosting;

        if (hosting.UsesForwardedHeaders)
        {
            app.UseForwardedHeaders();
        }

        // People get a page in words; scripts calling the API get a problem document; nobody gets a stack trace.
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), api => api.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = ApiProblems.WriteAsync }));
        app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api"), pages =>
        {
            pages.UseExceptionHandler("/error");
            pages.UseStatusCodePagesWithReExecute("/error/{0}");
        });
        app.Use(SecurityHeaders.ApplyAsync);
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();

        app.MapGet("/", () => Results.Redirect("/admin"));
        app.MapRazorPages();
        app.MapSignDocuments();
        app.MapRatifyFiles();
        app.MapAdminApi();
        app.MapAssets();
        app.MapCalendarFeeds();
        if (hosting.CustomHandler)
        {
            app.MapCustomHandlerInvocations();
        }

        return app;
    }
}
