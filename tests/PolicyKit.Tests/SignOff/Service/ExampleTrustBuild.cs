using PolicyKit.Cli.Publishing;
using PolicyKit.Generator.Building;
using PolicyKit.Model.Diagnostics;
using PolicyKit.SignOff.Publishing;
using PolicyKit.SignOff.Storage;
using PolicyKit.Tests.Support;

namespace PolicyKit.Tests.SignOff.Service;

/// <summary>
/// The example trust built once per test run (Word, web pages and PDFs, so pages offer the PDF and receipts attach
/// it), ready to publish into each test's own container.
/// </summary>
internal static class ExampleTrustBuild
{
    private static readonly Lazy<Task<BuildResult>> Built = new(BuildAsync);

    public static async Task PublishAsync(StorageOptions storage)
    {
        var build = await Built.Value;
        var store = SignOffStore.Connect(storage);
        var request = PublishRequests.From(build, Path.Combine(RepositoryPaths.Root, "templates", "email"));
        var report = await new Publisher(store, TimeProvider.System).PublishAsync(request, CancellationToken.None);
        Assert.Empty(report.Problems);
    }

    private static async Task<BuildResult> BuildAsync()
    {
        var outputRoot = Path.Combine(Path.GetTempPath(), "policykit-signoff-" + Guid.NewGuid().ToString("N"));
        var options = new BuildOptions(Path.Combine(RepositoryPaths.Root, "policies"), new DateOnly(2026, 11, 23))
        {
            OutputRoot = outputRoot,
            Formats = OutputFormats.All,
        };
        var diagnostics = new DiagnosticBag();
        var result = await BuildRunner.RunAsync(options, diagnostics, null, CancellationToken.None);
        Assert.NotNull(result);
        Assert.False(result.PdfSkipped, "LibreOffice is not installed; ./run-tests installs it.");
        return result;
    }
}
