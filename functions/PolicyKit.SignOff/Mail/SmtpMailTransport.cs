using System.Collections.Concurrent;
using System.Net.Sockets;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace PolicyKit.SignOff.Mail;

/// <summary>
/// Sends through an SMTP server over a small pool of connections (<see cref="MailOptions.MaxConnections"/>), kept
/// open between messages so a round of thousands of invitations does not connect and log in for each. Thread-safe.
/// </summary>
internal sealed class SmtpMailTransport : IMailTransport
{
    private readonly MailOptions _options;
    private readonly string _host;
    private readonly string _server;
    private readonly SemaphoreSlim _slots;
    private readonly ConcurrentBag<SmtpClient> _idle = [];

    public SmtpMailTransport(MailOptions options)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(options.Host);
        _options = options;
        _host = options.Host;
        _server = $"{options.Host}:{options.Port}";
        _slots = new SemaphoreSlim(options.MaxConnections, options.MaxConnections);
    }

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var recipient = string.Join(", ", message.To.Mailboxes.Select(m => m.Address));
        await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var reused = _idle.TryTake(out var client);
            client ??= new SmtpClient();
            try
            {
                await SendOnAsync(client, message, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (reused && IsStaleConnection(ex))
            {
                // Servers close idle connections after a few minutes; a pooled one may be dead before its first command.
                client = new SmtpClient();
                await SendOnAsync(client, message, cancellationToken).ConfigureAwait(false);
            }

            _idle.Add(client);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var failure = MailFailures.Classify(ex, _server, recipient);
            if (failure is null)
            {
                throw;
            }

            throw failure;
        }
        finally
        {
            _slots.Release();
        }
    }

    private async Task SendOnAsync(SmtpClient client, MimeMessage message, CancellationToken cancellationToken)
    {
        try
        {
            if (!client.IsConnected)
            {
                client.Timeout = (int)_options.Timeout.TotalMilliseconds;
                // Nagle's algorithm holds back the end of each message until the server's delayed ACK (about 40 ms),
                // which capped a connection at ~25 messages a second; with it off a message takes ~2 ms on loopback.
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    await socket.ConnectAsync(_host, _options.Port, cancellationToken).ConfigureAwait(false);
                    await client.ConnectAsync(socket, _host, _options.Port, Secure(_options.Security), cancellationToken).ConfigureAwait(false);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
                if (!string.IsNullOrEmpty(_options.UserName))
                {
                    await client.AuthenticateAsync(_options.UserName, _options.Password ?? "", cancellationToken).ConfigureAwait(false);
                }
            }

            await client.SendAsync(message, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            // After a failed command the session state is unknown (a half-sent DATA, a refused MAIL): start afresh next time.
            Discard(client);
            throw;
        }
    }

    private static bool IsStaleConnection(Exception ex) =>
        ex is IOException or MailKit.ServiceNotConnectedException or SmtpProtocolException;

    private static SecureSocketOptions Secure(MailSecurity security) => security switch
    {
        MailSecurity.None => SecureSocketOptions.None,
        MailSecurity.StartTls => SecureSocketOptions.StartTls,
        MailSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.Auto,
    };

    private static void Discard(SmtpClient client)
    {
        // The connection is already broken or suspect: close the socket without a polite QUIT that could hang.
        client.Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        while (_idle.TryTake(out var client))
        {
            try
            {
                using var quit = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                await client.DisconnectAsync(quit: true, quit.Token).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is IOException or OperationCanceledException or MailKit.ProtocolException or MailKit.ServiceNotConnectedException)
            {
                // Closing anyway; the server ends the session on its own.
            }
            finally
            {
                client.Dispose();
            }
        }

        _slots.Dispose();
    }
}
