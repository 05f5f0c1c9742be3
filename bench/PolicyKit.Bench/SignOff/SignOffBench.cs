using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PolicyKit.Cli.Commands;
using PolicyKit.Cli.Local;
using PolicyKit.Functions.Admin;
using PolicyKit.Functions.Hosting;
using PolicyKit.Generator.Building;
using PolicyKit.Model.Diagnostics;
using PolicyKit.SignOff.Evidence;
using PolicyKit.SignOff.Publishing;
using PolicyKit.SignOff.Roster;
using PolicyKit.SignOff.Storage;

namespace PolicyKit.Bench.SignOff;

/// <summary>
/// Times the sign-off service end to end on this machine, with the real components on loopback: a fresh Azurite and
/// maildev, the service on Kestrel, and the example trust published. Phase 1 starts a round for N people at one
/// school and waits until every invitation has been accepted by the SMTP server; phase 2 has M of them sign through
/// the sign page (GET for the form, POST to sign), C at a time, and reports signatures per second and latency.
/// </summary>
internal static partial class SignOffBench
{
    internal const string School = "millbrook";
    internal const string Policy = "information-security";

    public static async Task<int> RunAsync(SignOffBenchOptions options, TextWriter stdout)
    {
        var total = Stopwatch.StartNew();
        await using var local = await LocalServices.StartAsync(new LocalServicesOptions(), CancellationToken.None);
        stdout.WriteLine($"local services: Azurite :{local.BlobPort}, maildev SMTP :{local.SmtpPort} ({total.Elapsed.TotalSeconds:F1} s)");

        var storage = new StorageOptions { ConnectionString = local.StorageConnectionString, Container = "bench" };
        await PublishExampleTrustAsync(options.RepositoryRoot, storage);
        var store = SignOffStore.Connect(storage);
        await ImportRosterAsync(store, options.People, stdout);

        // The SMTP server: maildev, or smtp-sink dumping each message to a file (for the tokens of phase 2).
        var (smtpHost, smtpPort) = (local.SmtpHost, local.SmtpPort);
        using var sink = options.Smtp == "sink" ? SmtpSink.Start(FreePort()) : null;
        if (sink is not null)
        {
            (smtpHost, smtpPort) = ("127.0.0.1", sink.Port);
        }

        var port = FreePort();
        var key = AdminKey.Create();
        var builder = ServiceBuilder(storage, (smtpHost, smtpPort), options.SmtpConnections, port, key);
        await using var app = SignOffApp.Build(builder);
        await app.StartAsync();

        using var admin = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromMinutes(10) };
        admin.DefaultRequestHeaders.Add(AdminAuthentication.KeyHeader, key);

        // Phase 1: start the round and wait until every invitation is sent.
        var clock = Stopwatch.StartNew();
        using var start = await admin.PostAsync("api/rounds", new StringContent(JsonSerializer.Serialize(new { policy = Policy, schools = new[] { School }, groups = new[] { "staff" } }), Encoding.UTF8, "application/json"));
        var started = JsonDocument.Parse(await start.Content.ReadAsStringAsync()).RootElement;
        var round = started.GetProperty("round").GetString()!;
        var invitesRecorded = clock.Elapsed;
        // The round start wakes the service's mail worker; a dispatch through the API waits for that run to finish
        // (one run at a time) and sends anything left, so it returns when every invitation has gone.
        using (var dispatch = await admin.PostAsync("api/mail/dispatch", null))
        {
            dispatch.EnsureSuccessStatusCode();
        }

        var sent = (await store.ListAsync(BlobNames.InvitesPrefix(round), CancellationToken.None)).Count(b => b.Metadata.GetValueOrDefault("state") == "sent");
        var sendTime = clock.Elapsed;
        stdout.WriteLine($"send: {options.People} invitations recorded in {invitesRecorded.TotalSeconds:F1} s, all accepted by {options.Smtp} after {sendTime.TotalSeconds:F1} s ({options.People / sendTime.TotalSeconds:F0} per second; {options.SmtpConnections} SMTP connections)");
        if (sent < options.People)
        {
            stdout.WriteLine($"error: only {sent} of {options.People} invitations were sent.");
            return 1;
        }

        // Phase 2: M people sign, C at a time. Tokens come from the invitations in maildev, as a person's would.
        var tokens = sink is not null ? sink.Tokens(options.Signers, Token()) : await MaildevTokensAsync(local.InboxUrl, options.Signers);

        var latencies = new double[tokens.Count];
        clock.Restart();
        await Parallel.ForEachAsync(Enumerable.Range(0, tokens.Count), new ParallelOptions { MaxDegreeOfParallelism = options.Concurrency }, async (i, ct) =>
        {
            using var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
            using var person = new HttpClient(handler) { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
            var page = await person.GetStringAsync($"sign/{tokens[i]}", ct);
            var form = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["FullName"] = $"Person {i + 1}",
                ["Agree"] = "true",
                ["__antiforgery"] = WebUtility.HtmlDecode(Antiforgery().Match(page).Groups[1].Value),
            });
            var post = Stopwatch.StartNew();
            using var response = await person.PostAsync($"sign/{tokens[i]}?handler=Sign", form, ct);
            latencies[i] = post.Elapsed.TotalMilliseconds;
            if (response.StatusCode != HttpStatusCode.Redirect)
            {
                throw new InvalidOperationException($"Signing failed with {(int)response.StatusCode}.");
            }
        });
        var signTime = clock.Elapsed;
        Array.Sort(latencies);
        stdout.WriteLine(
            $"sign: {tokens.Count} signatures in {signTime.TotalSeconds:F1} s = {tokens.Count / signTime.TotalSeconds:F1} per second (each: open the page, then sign), {options.Concurrency} at a time; " +
            $"POST latency p50 {Percentile(latencies, 0.50):F0} ms, p95 {Percentile(latencies, 0.95):F0} ms, p99 {Percentile(latencies, 0.99):F0} ms, max {latencies[^1]:F0} ms");

        var report = await new ChainVerifier(store).VerifyAsync(round, CancellationToken.None);
        stdout.WriteLine($"chain: {(report.IsIntact ? "intact" : "BROKEN")}, {report.Entries} entries, {report.Decisions} decisions");
        await app.StopAsync();
        stdout.WriteLine($"total: {total.Elapsed.TotalSeconds:F1} s");
        return report.IsIntact && report.Entries == tokens.Count ? 0 : 1;
    }

    internal static async Task ImportRosterAsync(SignOffStore store, int people, TextWriter stdout)
    {
        var roster = new StringBuilder("Name,Email,Group\n");
        for (var i = 1; i <= people; i++)
        {
            roster.Append(CultureInfo.InvariantCulture, $"Person {i},person{i}@bench.example,Staff\n");
        }

        var import = await new RosterImporter(new ReleaseCatalog(store), new RosterStore(store, TimeProvider.System))
            .ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(roster.ToString())), "roster.csv", School, skipInvalid: false, CancellationToken.None);
        stdout.WriteLine($"roster: {import.Imported[School]} people imported");
    }

    /// <summary>The service as production configures it, on loopback, with its mail worker idle (runs are started through the API).</summary>
    internal static WebApplicationBuilder ServiceBuilder(StorageOptions storage, (string Host, int Port) smtp, int smtpConnections, int port, string adminKey)
    {
        var builder = SignOffApp.CreateBuilder([]);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = storage.ConnectionString,
            ["Storage:Container"] = storage.Container,
            ["Mail:Host"] = smtp.Host,
            ["Mail:Port"] = smtp.Port.ToString(CultureInfo.InvariantCulture),
            ["Mail:Security"] = "None",
            ["Mail:From"] = "policies@bench.example",
            ["Mail:MaxConnections"] = smtpConnections.ToString(CultureInfo.InvariantCulture),
            ["Mail:PollSeconds"] = "3600",
            ["SignOff:PublicBaseUrl"] = $"http://127.0.0.1:{port}/",
            ["Admin:KeyHash"] = AdminKey.Hash(adminKey),
            ["SignOff:RecordKey"] = Convert.ToBase64String(RecordKey),
            ["RateLimits:SignRequestsPerMinute"] = "1000000",
        });
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        return builder;
    }

    /// <summary>The key the benchmark's service signs its records with (one per run: its storage lasts one run too).</summary>
    internal static byte[] RecordKey { get; } = System.Security.Cryptography.RandomNumberGenerator.GetBytes(32);

    internal static async Task PublishExampleTrustAsync(string repositoryRoot, StorageOptions storage)
    {
        var output = Path.Combine(Path.GetTempPath(), "policykit-bench-signoff-" + Guid.NewGuid().ToString("N"));
        // As policykit publish builds, less the PDF: the benchmark measures the service, not LibreOffice.
        var options = BuildDefaults.ForPublishing(Path.Combine(repositoryRoot, "policies"), DateOnly.FromDateTime(DateTime.UtcNow), output, OutputFormats.Docx);
        var diagnostics = new DiagnosticBag();
        var build = await BuildRunner.RunAsync(options, diagnostics, null, CancellationToken.None) ?? throw new InvalidOperationException("The example trust did not build.");
        var request = PolicyKit.Cli.Publishing.PublishRequests.From(build, Path.Combine(repositoryRoot, "templates", "email"));
        await new Publisher(SignOffStore.Connect(storage), TimeProvider.System).PublishAsync(request, CancellationToken.None);
        Directory.Delete(output, recursive: true);
    }

    private static async Task<List<string>> MaildevTokensAsync(Uri inboxUrl, int signers)
    {
        using var inbox = new HttpClient { BaseAddress = inboxUrl };
        var tokens = new List<string>();
        for (var i = 1; i <= signers; i++)
        {
            var mail = JsonDocument.Parse(await inbox.GetStringAsync($"api/email?to.address=person{i}@bench.example")).RootElement;
            tokens.Add(Token().Match(mail[0].GetProperty("text").GetString()!).Groups[1].Value);
        }

        return tokens;
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex(@"/sign/([A-Za-z0-9_-]{43})")]
    private static partial Regex Token();

    [GeneratedRegex("name=\"__antiforgery\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Antiforgery();
}
