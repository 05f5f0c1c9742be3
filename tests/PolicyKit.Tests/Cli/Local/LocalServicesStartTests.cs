using System.Net;
using System.Net.Sockets;
using PolicyKit.Cli.Local;
using PolicyKit.SignOff;

namespace PolicyKit.Tests.Cli.Local;

/// <summary>Starting the local servers fails with a message that says what to do, before any server is started.</summary>
public sealed class LocalServicesStartTests
{
    [Fact]
    public async Task A_tools_folder_without_package_json_is_named_in_the_error()
    {
        var empty = Directory.CreateTempSubdirectory("policykit-no-tools-");
        try
        {
            var failure = await Assert.ThrowsAsync<SignOffException>(() =>
                LocalServices.StartAsync(new LocalServicesOptions { ToolsFolder = empty.FullName }, CancellationToken.None));
            Assert.Contains(empty.FullName, failure.Message, StringComparison.Ordinal);
            Assert.Contains("tools/local-services", failure.Message, StringComparison.Ordinal);
        }
        finally
        {
            empty.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_fixed_port_in_use_fails_when_falling_back_is_off()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var failure = await Assert.ThrowsAsync<SignOffException>(() =>
            LocalServices.StartAsync(new LocalServicesOptions { SmtpPort = port, FallBackToFreePorts = false }, CancellationToken.None));
        Assert.Equal($"Port {port} on 127.0.0.1 is in use; stop whatever holds it or choose another port.", failure.Message);
    }
}
