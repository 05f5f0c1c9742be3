using System.Net;
using System.Net.Sockets;

namespace PolicyKit.Tests.Support;

internal static class FreePorts
{
    /// <summary>A loopback port nothing listens on now, for a server a test starts as a separate process.</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
