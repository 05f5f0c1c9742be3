using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace PolicyKit.Tests.SignOff.Service;

/// <summary>A business manager's browser: signs in through the admin sign-in page and keeps its cookie.</summary>
internal static class AdminBrowser
{
    public static async Task<HttpClient> SignInAsync(SignOffAppFactory app, string key = SignOffAppFactory.AdminKeyValue)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var form = await client.GetStringAsync("/admin/login");
        using var content = new FormUrlEncodedContent([new("Key", key), new("__antiforgery", SignPage.AntiforgeryToken(form))]);
        using var response = await client.PostAsync("/admin/login", content);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }
}
