using System.Diagnostics;
using System.Globalization;
using PolicyKit.SignOff;

namespace PolicyKit.Cli.Local;

/// <summary>
/// Azurite (blob storage) and maildev (SMTP with a web inbox) from tools/local-services, started for
/// <c>policykit serve</c> and for the tests. Both listen on 127.0.0.1 only. Disposing kills both process trees and
/// waits for them. <see cref="StopMaildevAsync"/> and <see cref="StartMaildevAsync"/> let a test take the mail
/// server away and bring it back on the same ports; they must not be called concurrently.
/// </summary>
internal sealed class LocalServices : IAsyncDisposable
{
    public const string Host = "127.0.0.1";

    /// <summary>Azurite's well-known development account; published by Microsoft, not a secret.</summary>
    public const string AccountName = "devstoreaccount1";

    public const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private static readonly HttpClient Probe = new(new SocketsHttpHandler { UseProxy = false, ConnectTimeout = TimeSpan.FromSeconds(1) })
    {
        Timeout = TimeSpan.FromSeconds(2),
    };

    private readonly LocalServicesOptions _options;
    private readonly LocalTools _tools;
    private readonly string _workFolder;
    private readonly bool _ownsWorkFolder;
    private readonly NodeServer _azurite;
    private NodeServer? _maildev;

    private LocalServices(LocalServicesOptions options, LocalTools tools, string workFolder, bool ownsWorkFolder, NodeServer azurite, NodeServer maildev, int[] ports)
    {
        _options = options;
        _tools = tools;
        _workFolder = workFolder;
        _ownsWorkFolder = ownsWorkFolder;
        _azurite = azurite;
        _maildev = maildev;
        (BlobPort, SmtpPort, WebPort) = (ports[0], ports[1], ports[2]);
    }

    public int BlobPort { get; }

    /// <summary>A full connection string for this Azurite (account, key and blob endpoint).</summary>
    public string StorageConnectionString => AzuriteConnectionString(BlobPort);

    public string SmtpHost { get; } = Host;

    public int SmtpPort { get; }

    public int WebPort { get; }

    /// <summary>maildev's web inbox; its REST API lives under /api.</summary>
    public Uri InboxUrl => new($"http://{Host}:{WebPort}/");

    /// <summary>The tools folder in use, whose path names every server process (scripts kill strays by it).</summary>
    public string ToolsFolder => _tools.Folder;

    /// <summary>A connection string for an Azurite blob endpoint on 127.0.0.1 (e.g. behind a proxy on another port).</summary>
    public static string AzuriteConnectionString(int blobPort) =>
        $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};BlobEndpoint=http://{Host}:{blobPort.ToString(CultureInfo.InvariantCulture)}/{AccountName};";

    public static async Task<LocalServices> StartAsync(LocalServicesOptions options, CancellationToken cancellationToken)
    {
        var tools = await LocalTools.PrepareAsync(options, cancellationToken).ConfigureAwait(false);
        var ownsWorkFolder = options.WorkFolder is null;
        var workFolder = Path.GetFullPath(options.WorkFolder ?? Path.Combine(Path.GetTempPath(), "policykit-local-" + Guid.NewGuid().ToString("N")));
        Directory.CreateDirectory(Path.Combine(workFolder, "mail"));

        // A free port can be taken between choosing it and the server binding it; choose again a couple of times.
        for (var attempt = 1; ; attempt++)
        {
            var ports = LoopbackPorts.Choose([options.BlobPort, options.SmtpPort, options.WebPort], options.FallBackToFreePorts);
            var azurite = StartAzurite(tools, workFolder, ports[0]);
            var maildev = StartMaildev(tools, workFolder, ports[1], ports[2]);
            try
            {
                await Task.WhenAll(
                    azurite.WaitUntilReadyAsync(token => AzuriteAnswersAsync(ports[0], token), options.StartTimeout, cancellationToken),
                    maildev.WaitUntilReadyAsync(token => MaildevAnswersAsync(ports[2], token), options.StartTimeout, cancellationToken)).ConfigureAwait(false);
                return new LocalServices(options, tools, workFolder, ownsWorkFolder, azurite, maildev, ports);
            }
            catch (Exception ex)
            {
                await azurite.DisposeAsync().ConfigureAwait(false);
                await maildev.DisposeAsync().ConfigureAwait(false);
                if (ex is SignOffException && ex.Message.Contains("EADDRINUSE", StringComparison.Ordinal) && attempt < 3)
                {
                    continue;
                }

                if (ownsWorkFolder)
                {
                    TryDelete(workFolder);
                }

                throw;
            }
        }
    }

    /// <summary>Stops the mail server (SMTP and inbox) so that connecting to it fails.</summary>
    public async Task StopMaildevAsync()
    {
        if (_maildev is { } running)
        {
            _maildev = null;
            await running.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Starts the mail server again on the same ports, after <see cref="StopMaildevAsync"/>.</summary>
    public async Task StartMaildevAsync(CancellationToken cancellationToken)
    {
        if (_maildev is not null)
        {
            return;
        }

        var maildev = StartMaildev(_tools, _workFolder, SmtpPort, WebPort);
        try
        {
            await maildev.WaitUntilReadyAsync(token => MaildevAnswersAsync(WebPort, token), _options.StartTimeout, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await maildev.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        _maildev = maildev;
    }

    public async ValueTask DisposeAsync()
    {
        await StopMaildevAsync().ConfigureAwait(false);
        await _azurite.DisposeAsync().ConfigureAwait(false);
        if (_ownsWorkFolder)
        {
            TryDelete(_workFolder);
        }
    }

    private static NodeServer StartAzurite(LocalTools tools, string workFolder, int blobPort) =>
        NodeServer.Start("Azurite (local blob storage)", tools, tools.BinScript("azurite", "azurite-blob"), workFolder,
        [
            "--blobHost", Host, "--blobPort", Port(blobPort),
            "--inMemoryPersistence", "--skipApiVersionCheck", "--disableTelemetry", "--silent",
        ]);

    private static NodeServer StartMaildev(LocalTools tools, string workFolder, int smtpPort, int webPort) =>
        NodeServer.Start("maildev (local mail server)", tools, tools.BinScript("maildev", "maildev"), workFolder,
        [
            // maildev binds every interface unless told otherwise, for SMTP and for the web UI separately.
            "--ip", Host, "--web-ip", Host, "--smtp", Port(smtpPort), "--web", Port(webPort),
            "--mail-directory", Path.Combine(workFolder, "mail"), "--silent",
        ]);

    /// <summary>Any HTTP answer means Azurite is serving (an unsigned request gets 403).</summary>
    private static async Task<bool> AzuriteAnswersAsync(int port, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await Probe.GetAsync(new Uri($"http://{Host}:{Port(port)}/{AccountName}?comp=list"), cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException { CancellationToken.IsCancellationRequested: false } or TimeoutException)
        {
            return false;
        }
    }

    private static async Task<bool> MaildevAnswersAsync(int webPort, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await Probe.GetAsync(new Uri($"http://{Host}:{Port(webPort)}/api/healthz"), cancellationToken).ConfigureAwait(false);
            return response.IsSuccessStatusCode;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException { CancellationToken.IsCancellationRequested: false } or TimeoutException)
        {
            return false;
        }
    }

    private static string Port(int port) => port.ToString(CultureInfo.InvariantCulture);

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Debug.WriteLine($"Could not delete {folder}: {ex.Message}");
        }
    }
}
