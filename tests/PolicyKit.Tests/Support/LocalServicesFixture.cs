using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using PolicyKit.Cli.Local;
using PolicyKit.SignOff.Storage;

namespace PolicyKit.Tests.Support;

/// <summary>
/// One Azurite and one maildev for the whole test run, on free loopback ports. Tests keep apart by using a fresh
/// container (<see cref="NewContainerName"/>) and fresh recipient addresses (<see cref="NewAddress"/>), never by
/// clearing what others wrote.
/// </summary>
[SuppressMessage("Design", "CA1001", Justification = "xunit disposes fixtures through IAsyncLifetime.DisposeAsync.")]
public sealed class LocalServicesFixture : IAsyncLifetime
{
    private LocalServices? _services;
    private MaildevClient? _maildev;

    public string StorageConnectionString => Services.StorageConnectionString;

    public int BlobPort => Services.BlobPort;

    public string SmtpHost => Services.SmtpHost;

    public int SmtpPort => Services.SmtpPort;

    public Uri InboxUrl => Services.InboxUrl;

    /// <summary>How long starting both servers took (installing them is run-tests' job, not this fixture's).</summary>
    public TimeSpan StartupTime { get; private set; }

    internal LocalServices Services => _services ?? throw new InvalidOperationException("The local services have not started.");

    internal MaildevClient Maildev => _maildev ?? throw new InvalidOperationException("The local services have not started.");

    /// <summary>A container name no other test uses (3–63 lower-case letters and digits).</summary>
    public static string NewContainerName() => "t" + Guid.NewGuid().ToString("N");

    /// <summary>A recipient address no other test uses, so <c>Maildev.ListAsync(address)</c> sees only this test's mail.</summary>
    public static string NewAddress(string name = "someone") => $"{name}-{Guid.NewGuid().ToString("N")[..12]}@test.example";

    /// <summary>Storage options for this Azurite with a fresh container.</summary>
    public StorageOptions NewStorageOptions() => new() { ConnectionString = StorageConnectionString, Container = NewContainerName() };

    public async Task InitializeAsync()
    {
        var clock = Stopwatch.StartNew();
        _services = await LocalServices.StartAsync(new LocalServicesOptions(), CancellationToken.None);
        StartupTime = clock.Elapsed;
        _maildev = new MaildevClient(_services.InboxUrl);
    }

    public async Task DisposeAsync()
    {
        _maildev?.Dispose();
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }
    }
}
