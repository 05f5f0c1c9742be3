using System.Net;
using System.Net.Sockets;
using PolicyKit.SignOff;

namespace PolicyKit.Cli.Local;

/// <summary>Chooses ports on 127.0.0.1 for the local servers.</summary>
internal static class LoopbackPorts
{
    /// <summary>
    /// One port per request: the one asked for when it is free (or taken and <paramref name="fallBack"/> is false),
    /// else a free one. All are held open until every port is chosen, so no two requests get the same port.
    /// </summary>
    public static int[] Choose(IReadOnlyList<int> wanted, bool fallBack)
    {
        var held = new List<TcpListener>();
        try
        {
            var chosen = new int[wanted.Count];
            for (var i = 0; i < wanted.Count; i++)
            {
                if (wanted[i] != 0 && TryHold(wanted[i], held))
                {
                    chosen[i] = wanted[i];
                }
                else if (wanted[i] != 0 && !fallBack)
                {
                    throw new SignOffException($"Port {wanted[i]} on 127.0.0.1 is in use; stop whatever holds it or choose another port.");
                }
                else
                {
                    TryHold(0, held);
                    chosen[i] = ((IPEndPoint)held[^1].LocalEndpoint).Port;
                }
            }

            return chosen;
        }
        finally
        {
            foreach (var listener in held)
            {
                listener.Stop();
            }
        }
    }

    private static bool TryHold(int port, List<TcpListener> held)
    {
        var listener = new TcpListener(IPAddress.Loopback, port);
        try
        {
            listener.Start();
            held.Add(listener);
            return true;
        }
        catch (SocketException) when (port != 0)
        {
            listener.Dispose();
            return false;
        }
    }
}
