using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using PolicyKit.Functions.Admin;
using PolicyKit.Tests.SignOff.Service;
using PolicyKit.Tests.Support;

namespace PolicyKit.Tests.Layering;

/// <summary>
/// What is deployed to Azure Functions: <c>dotnet publish functions/PolicyKit.Functions</c>, run from its own folder
/// with nothing else beside it. It carries none of the generator and starts on the settings an operator gives it.
/// </summary>
[Collection(LocalServicesCollection.Name)]
public sealed class PublishedServiceTests(LocalServicesFixture services, PublishedServiceTests.Published published) : IClassFixture<PublishedServiceTests.Published>
{
    /// <summary>Half of what the publish output weighed while the service still carried the generator (29.0 MB).</summary>
    private const long MaximumBytes = 14_500_000;

    private static readonly string[] GeneratorAssemblies =
    [
        "PolicyKit.Generator", "PolicyKit.Model", "PolicyKit.Sources", "PolicyKit.Rendering", "policykit",
        "DocumentFormat.OpenXml", "Markdig", "YamlDotNet", "UglyToad.PdfPig", "Spectre.Console", "System.CommandLine",
    ];

    [Fact]
    public void The_published_service_carries_no_generator_renderer_or_document_package()
    {
        var carried = published.Assemblies().Where(a => GeneratorAssemblies.Any(g => a.Equals(g, StringComparison.Ordinal) || a.StartsWith(g + ".", StringComparison.Ordinal)));

        Assert.Empty(carried);
        Assert.Contains("PolicyKit.SignOff", published.Assemblies());
    }

    [Fact]
    public void The_published_service_is_at_most_half_the_size_it_was_with_the_generator()
    {
        var bytes = Directory.EnumerateFiles(published.Folder, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);

        Assert.True(bytes <= MaximumBytes, $"The publish output is {bytes:N0} bytes; the limit is {MaximumBytes:N0}. Largest files:\n{published.Largest()}");
    }

    [Fact]
    public async Task The_published_service_starts_from_its_own_folder_and_reads_storage()
    {
        // Some package code is deliberately left out of the publish output (see PolicyKit.Functions.csproj): this run
        // of the published files, not of the test's own build output, is what shows nothing the service uses is missing.
        var port = FreePorts.Next();
        var container = LocalServicesFixture.NewContainerName();
        var output = new StringBuilder();
        using var app = published.Start(port, new Dictionary<string, string>
        {
            ["Storage__ConnectionString"] = services.StorageConnectionString,
            ["Storage__Container"] = container,
            ["Mail__Host"] = services.SmtpHost,
            ["Mail__Port"] = services.SmtpPort.ToString(CultureInfo.InvariantCulture),
            ["Mail__Security"] = "None",
            ["Mail__From"] = "policies@brookfield.example",
            ["SignOff__PublicBaseUrl"] = $"http://127.0.0.1:{port}/",
            ["SignOff__RecordKey"] = SignOffAppFactory.RecordKeyValue,
            ["Admin__KeyHash"] = AdminKey.Hash(SignOffAppFactory.AdminKeyValue),
        }, output);
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(30) };

        try
        {
            await WaitUntilHealthyAsync(client, app, output);
            using var rounds = new HttpRequestMessage(HttpMethod.Get, "api/rounds");
            rounds.Headers.Add(AdminAuthentication.KeyHeader, SignOffAppFactory.AdminKeyValue);
            using var listed = await client.SendAsync(rounds);
            using var unknown = await client.GetAsync("sign/not-a-real-link");

            Assert.True(listed.StatusCode == HttpStatusCode.OK, $"GET /api/rounds: {(int)listed.StatusCode} {await listed.Content.ReadAsStringAsync()}\n{FreshClone.Text(output)}");
            Assert.Equal("[]", (await listed.Content.ReadAsStringAsync()).Trim());
            Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
            Assert.Contains("This link does not work", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.DoesNotContain("Exception", FreshClone.Text(output), StringComparison.Ordinal);
        }
        finally
        {
            app.Kill(entireProcessTree: true);
            await app.WaitForExitAsync();
        }
    }

    private static async Task WaitUntilHealthyAsync(HttpClient client, Process app, StringBuilder output)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            Assert.False(app.HasExited, $"The published service stopped on start-up:\n{FreshClone.Text(output)}");
            try
            {
                using var health = await client.GetAsync("api/health");
                if (health.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        Assert.Fail($"The published service did not answer /api/health within a minute:\n{FreshClone.Text(output)}");
    }

    /// <summary>One <c>dotnet publish</c> of the service for the class, as a deployment would make it.</summary>
    public sealed class Published : IAsyncLifetime
    {
        public string Folder { get; } = Directory.CreateTempSubdirectory("policykit-publish-").FullName;

        public async Task InitializeAsync()
        {
            var project = Path.Combine(RepositoryPaths.Root, "functions", "PolicyKit.Functions", "PolicyKit.Functions.csproj");
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in new[] { "publish", project, "-c", "Release", "-o", Folder, "--nologo", "-v", "quiet" })
            {
                start.ArgumentList.Add(argument);
            }

            // The test host's MSBuild settings would point the publish at the test run's own build.
            foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
            {
                start.Environment.Remove(key);
            }

            using var publish = Process.Start(start)!;
            var stdout = publish.StandardOutput.ReadToEndAsync();
            var stderr = publish.StandardError.ReadToEndAsync();
            await publish.WaitForExitAsync();
            Assert.True(publish.ExitCode == 0, $"dotnet publish failed ({publish.ExitCode}):\n{await stdout}\n{await stderr}");
        }

        public Task DisposeAsync()
        {
            Directory.Delete(Folder, recursive: true);
            return Task.CompletedTask;
        }

        public SortedSet<string> Assemblies() =>
            new(Directory.EnumerateFiles(Folder, "*.dll", SearchOption.AllDirectories).Select(Path.GetFileNameWithoutExtension)!, StringComparer.OrdinalIgnoreCase);

        public string Largest() => string.Join('\n', new DirectoryInfo(Folder).EnumerateFiles("*", SearchOption.AllDirectories)
            .OrderByDescending(f => f.Length).Take(8).Select(f => $"  {f.Length,12:N0}  {Path.GetRelativePath(Folder, f.FullName)}"));

        /// <summary>Starts the published app as the Functions host would: <c>dotnet PolicyKit.Functions.dll</c> in its folder, on the port it is given.</summary>
        public Process Start(int port, Dictionary<string, string> settings, StringBuilder output)
        {
            var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            start.ArgumentList.Add(Path.Combine(Folder, "PolicyKit.Functions.dll"));
            foreach (var key in start.Environment.Keys.Where(k => k.Contains("__", StringComparison.Ordinal) || k.StartsWith("ASPNETCORE_", StringComparison.Ordinal)).ToList())
            {
                start.Environment.Remove(key);
            }

            start.Environment["FUNCTIONS_CUSTOMHANDLER_PORT"] = port.ToString(CultureInfo.InvariantCulture);
            foreach (var (key, value) in settings)
            {
                start.Environment[key] = value;
            }

            var process = Process.Start(start)!;
            process.OutputDataReceived += (_, e) => FreshClone.Append(output, e.Data);
            process.ErrorDataReceived += (_, e) => FreshClone.Append(output, e.Data);
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            return process;
        }
    }
}
