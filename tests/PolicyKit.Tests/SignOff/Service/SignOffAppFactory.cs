using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using PolicyKit.Functions.Admin;
using PolicyKit.Functions.Hosting;
using PolicyKit.SignOff.Evidence;
using PolicyKit.SignOff.Storage;
using PolicyKit.Tests.Support;

namespace PolicyKit.Tests.SignOff.Service;

/// <summary>
/// The sign-off service in-process, against the run's real Azurite (a fresh container per factory) and real maildev.
/// Settings go in exactly as configuration would in production.
/// </summary>
internal sealed class SignOffAppFactory : WebApplicationFactory<SignOffEntryPoint>
{
    public const string AdminKeyValue = "pk_test-admin-key-for-the-integration-tests00x";
    private static readonly string AdminKeyHash = AdminKey.Hash(AdminKeyValue);

    /// <summary>The service's record key in these tests (32 bytes, base64), as an auditor would pass it to verify.</summary>
    public const string RecordKeyValue = "cG9saWN5a2l0LXRlc3QtcmVjb3JkLWtleS0zMi1ieXRlcyE=";
    private readonly Dictionary<string, string?> _settings;
    private readonly string _azurite;

    public SignOffAppFactory(LocalServicesFixture services, Action<Dictionary<string, string?>>? configure = null)
    {
        Storage = services.NewStorageOptions();
        _azurite = Storage.ConnectionString;
        _settings = new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = Storage.ConnectionString,
            ["Storage:Container"] = Storage.Container,
            ["Mail:Host"] = services.SmtpHost,
            ["Mail:Port"] = services.SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Mail:Security"] = "None",
            ["Mail:From"] = "policies@brookfield.example",
            ["Mail:FromName"] = "Brookfield Learning Trust",
            ["Mail:FirstRetryDelayMilliseconds"] = "100",
            ["Mail:PollSeconds"] = "1",
            ["SignOff:PublicBaseUrl"] = "http://localhost/",
            ["Admin:KeyHash"] = AdminKeyHash,
            ["SignOff:RecordKey"] = RecordKeyValue,
        };
        configure?.Invoke(_settings);
        Storage = Storage with { ConnectionString = _settings["Storage:ConnectionString"]!, Container = _settings["Storage:Container"]! };
    }

    public StorageOptions Storage { get; }

    /// <summary>More host set-up after the settings, such as a fake clock or a log capture, applied as the app is built.</summary>
    public Action<IWebHostBuilder>? Host { get; init; }

    /// <summary>The service's storage, read directly (as an auditor's tool would).</summary>
    public SignOffStore Store => SignOffStore.Connect(Storage);

    /// <summary>The service's container read straight from Azurite, even when the service reaches it through a proxy that is cut.</summary>
    public SignOffStore DirectStore => SignOffStore.Connect(Storage with { ConnectionString = _azurite });

    public HttpClient AdminApi()
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add(AdminAuthentication.KeyHeader, AdminKeyValue);
        return client;
    }

    public HttpClient Anonymous() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Recognises the records this service wrote, as the auditor's verify does with the key.</summary>
    internal static RecordAuthenticator Authenticator => new(RecordKeys.Read(RecordKeyValue));

    public T Service<T>()
        where T : notnull => Services.GetRequiredService<T>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        Host?.Invoke(builder);
    }
}
