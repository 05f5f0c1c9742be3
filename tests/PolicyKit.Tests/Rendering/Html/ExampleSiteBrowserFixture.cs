using System.Diagnostics;
using Microsoft.Playwright;

namespace PolicyKit.Tests.Rendering.Html;

/// <summary>The example trust's HTML site on disk and one headless Debian Chromium, shared by the browser tests.</summary>
public sealed class ExampleSiteBrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "policykit-html-" + Guid.NewGuid().ToString("N"));
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    internal ExampleSite Site { get; private set; } = null!;

    internal TimeSpan CompileTime { get; private set; }

    internal TimeSpan RenderTime { get; private set; }

    internal TimeSpan LaunchTime { get; private set; }

    public async Task InitializeAsync()
    {
        var clock = Stopwatch.StartNew();
        var compilation = ExampleSite.CompileExampleTrust();
        CompileTime = clock.Elapsed;

        clock.Restart();
        Site = ExampleSite.Write(compilation, Path.Combine(_folder, "out"));
        RenderTime = clock.Elapsed;

        // A missing browser fails the browser tests (with the fix) rather than skipping them: CI installs it.
        if (File.Exists(ChromiumPath))
        {
            clock.Restart();
            _playwright = await Playwright.CreateAsync();
            _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ChromiumPath,
                Headless = true,
                Args = ChromiumArgs,
            });
            LaunchTime = clock.Elapsed;
        }
    }

    /// <summary>A new page (tab) at the given viewport size.</summary>
    internal async Task<IPage> NewPageAsync(int width, int height)
    {
        if (_browser is null)
        {
            Assert.Fail($"Chromium is not installed at {ChromiumPath}. Install it with: apt-get install -y chromium");
        }

        return await _browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
