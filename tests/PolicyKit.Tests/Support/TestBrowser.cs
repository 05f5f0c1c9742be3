using Microsoft.Playwright;
using PolicyKit.Tests.Rendering.Html;

namespace PolicyKit.Tests.Support;

/// <summary>Debian's Chromium, headless, as the browser tests drive it; and the admin sign-in they all start with.</summary>
internal static class TestBrowser
{
    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) => playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
    {
        ExecutablePath = ExampleSiteBrowserFixture.ChromiumPath,
        Headless = true,
        Args = ["--no-sandbox", "--disable-gpu", "--no-first-run"],
    });

    /// <summary>A page signed in to the admin pages with <paramref name="key"/>, on the dashboard.</summary>
    public static async Task<IPage> SignInAsync(IBrowser browser, string baseUrl, string key)
    {
        var admin = await browser.NewPageAsync();
        await admin.GotoAsync(baseUrl + "/admin");
        await admin.FillAsync("#Key", key);
        await admin.ClickAsync("button[type=submit]");
        await admin.WaitForURLAsync(baseUrl + "/admin");
        return admin;
    }
}
