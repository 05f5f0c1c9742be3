using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace PolicyKit.Tests.Support;

/// <summary>
/// A loopback TCP forwarder (127.0.0.1:<see cref="Port"/> → target) in front of a real server, so a test can make
/// the server unreachable mid-operation: <see cref="Cut"/> resets every open connection and stops listening, so
/// new connections are refused; <see cref="Restore"/> listens on the same port again. Real bytes flow through.
/// </summary>
internal sealed class TcpFaultProxy : IAsyncDisposable
{
    private readonly string _targetHost;
    private readonly int _targetPort;
    private readonly Lock _gate = new();
    private readonly ConcurrentDictionary<Socket, byte> _sockets = new();
    private TcpListener? _listener;
    private Task _accepting = Task.CompletedTask;
    private int _accepted;
    private string? _cutMarker;

    public TcpFaultProxy(string targetHost, int targetPort)
    {
        _targetHost = targetHost;
        _targetPort = targetPort;
        Listen(0);
    }

    public string Host { get; } = "127.0.0.1";

    public int Port { get; private set; }

    /// <summary>True between <see cref="Cut"/> and <see cref="Restore"/>.</summary>
    public bool IsCut { get; private set; }

    /// <summary>Connections accepted so far (a cut that found none open cut nothing mid-operation).</summary>
    public int AcceptedConnections => Volatile.Read(ref _accepted);

    /// <summary>Resets every open connection and refuses new ones.</summary>
    public void Cut()
    {
        lock (_gate)
        {
            IsCut = true;
            _listener?.Stop();
            _listener = null;
            foreach (var socket in _sockets.Keys)
            {
                Reset(socket);
            }
        }
    }

    /// <summary>
    /// Cuts the moment a request containing <paramref name="marker"/> (e.g. "PUT /devstoreaccount1/c/rounds/r/invites/")
    /// reaches the proxy; that request is dropped, so the server never sees it. Makes "storage went away half-way
    /// through" deterministic: everything before that request was done, it and everything after was not.
    /// </summary>
    public void CutOnRequest(string marker) => Volatile.Write(ref _cutMarker, marker);

    /// <summary>Accepts connections again on the same port.</summary>
    public void Restore()
    {
        lock (_gate)
        {
            if (IsCut)
            {
                Listen(Port);
                IsCut = false;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        Cut();
        await _accepting;
    }

    private void Listen(int port)
    {
        var listener = new TcpListener(IPAddress.Loopback, port);
        // The cut connections' TIME_WAIT entries hold the port; without this a restore could not bind it again.
        listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        listener.Start();
        Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        _listener = listener;
        _accepting = AcceptAsync(listener);
    }

    private async Task AcceptAsync(TcpListener listener)
    {
        while (true)
        {
            Socket client;
            try
            {
                client = await listener.AcceptSocketAsync();
            }
            catch (Exception ex) when (ex is SocketException or ObjectDisposedException or InvalidOperationException)
            {
                return; // Cut or disposed.
            }

            Interlocked.Increment(ref _accepted);
            _ = ForwardAsync(client);
        }
    }

    private async Task ForwardAsync(Socket client)
    {
        var server = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        _sockets[client] = 0;
        _sockets[server] = 0;
        try
        {
            await server.ConnectAsync(_targetHost, _targetPort);
            if (IsCut)
            {
                return;
            }

            await Task.WhenAll(PumpAsync(client, server, watch: true), PumpAsync(server, client, watch: false));
        }
        catch (Exception ex) when (ex is SocketException or ObjectDisposedException or IOException)
        {
            // Cut, or one side went away: the other side sees its connection end, as it would without the proxy.
        }
        finally
        {
            foreach (var socket in new[] { client, server })
            {
                _sockets.TryRemove(socket, out _);
                socket.Dispose();
            }
        }
    }

    private async Task PumpAsync(Socket from, Socket to, bool watch)
    {
        var buffer = new byte[16 * 1024];
        try
        {
            while (true)
            {
                var read = await from.ReceiveAsync(buffer, SocketFlags.None);
                if (read == 0)
                {
                    to.Shutdown(SocketShutdown.Send);
                    return;
                }

                if (watch && Volatile.Read(ref _cutMarker) is { } marker
                    && System.Text.Encoding.ASCII.GetString(buffer, 0, read).Contains(marker, StringComparison.Ordinal))
                {
                    Volatile.Write(ref _cutMarker, null);
                    Cut();
                    return;
                }

                await to.SendAsync(buffer.AsMemory(0, read), SocketFlags.None);
            }
        }
        catch (Exception ex) when (ex is SocketException or ObjectDisposedException)
        {
            Reset(from);
            Reset(to);
        }
    }

    /// <summary>Closes with a reset rather than an orderly end, as a dropped network path looks to the client.</summary>
    private static void Reset(Socket socket)
    {
        try
        {
            socket.LingerState = new LingerOption(true, 0);
            socket.Close();
        }
        catch (Exception ex) when (ex is SocketException or ObjectDisposedException)
        {
            // Already closed.
        }
    }
}
