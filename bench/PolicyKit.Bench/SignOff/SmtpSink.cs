using System.Diagnostics;
using System.Text.RegularExpressions;
using MimeKit;

namespace PolicyKit.Bench.SignOff;

/// <summary>
/// Postfix's smtp-sink on 127.0.0.1: an SMTP server written for benchmarking mail clients, which accepts every
/// message and (here) dumps each one to a file, so the bench can still find the people's links.
/// </summary>
internal sealed class SmtpSink : IDisposable
{
    public const string Program = "/usr/sbin/smtp-sink";

    private readonly Process _process;
    private readonly string _folder;

    private SmtpSink(Process process, string folder, int port)
    {
        _process = process;
        _folder = folder;
        Port = port;
    }

    public int Port { get; }

    public static SmtpSink Start(int port)
    {
        if (!File.Exists(Program))
        {
            throw new InvalidOperationException($"{Program} is missing: install Postfix's tools (bench/signoff does it), or use --smtp maildev.");
        }

        var folder = Path.Combine(Path.GetTempPath(), "policykit-smtp-sink-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);

        // As root, smtp-sink insists on dropping to an unprivileged user, which must be able to write the dumps.
        var asRoot = Environment.UserName == "root";
        if (asRoot && !OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(folder, (UnixFileMode)0b1_111_111_111);
        }

        string[] arguments = [.. asRoot ? new[] { "-u", "nobody" } : [], "-d", Path.Combine(folder, "m."), $"127.0.0.1:{port}", "256"];
        var process = Process.Start(new ProcessStartInfo(Program, arguments) { UseShellExecute = false })!;
        for (var i = 0; i < 50; i++)
        {
            try
            {
                using var probe = new System.Net.Sockets.TcpClient("127.0.0.1", port);
                return new SmtpSink(process, folder, port);
            }
            catch (System.Net.Sockets.SocketException)
            {
                Thread.Sleep(100);
            }
        }

        process.Kill();
        throw new InvalidOperationException("smtp-sink did not start.");
    }

    /// <summary>The sign-link token emailed to person1 … person<paramref name="count"/>, in that order.</summary>
    public List<string> Tokens(int count, Regex token)
    {
        var byPerson = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(_folder))
        {
            // Each dump starts with the SMTP envelope; the message follows the DATA command's blank line.
            var text = File.ReadAllText(file);
            var start = text.IndexOf("Received:", StringComparison.Ordinal);
            using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(start >= 0 ? text[start..] : text));
            var message = MimeMessage.Load(stream);
            byPerson[message.To.Mailboxes.First().Address] = token.Match(message.TextBody ?? "").Groups[1].Value;
        }

        return Enumerable.Range(1, count).Select(i => byPerson[$"person{i}@bench.example"]).ToList();
    }

    public void Dispose()
    {
        _process.Kill();
        _process.WaitForExit();
        _process.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
