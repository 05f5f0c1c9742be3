using System.Diagnostics;
using PolicyKit.SignOff;

namespace PolicyKit.Cli.Local;

/// <summary>
/// One local server run as node + its script, owned by this object: started, probed until it answers, and on
/// stop killed with its whole process tree and waited for.
/// </summary>
internal sealed class NodeServer : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ServerOutputTail _output;
    private readonly ServerOutputTail _errors;

    private NodeServer(string name, Process process)
    {
        Name = name;
        _process = process;
        _output = new ServerOutputTail(process.StandardOutput);
        _errors = new ServerOutputTail(process.StandardError);
    }

    public string Name { get; }

    public int ProcessId => _process.Id;

    public static NodeServer Start(string name, LocalTools tools, string script, string workingDirectory, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(tools.Node)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new SignOffException($"Could not start {name} ({tools.Node} {script}).");
        return new NodeServer(name, process);
    }

    /// <summary>Asks <paramref name="probe"/> until it says yes; fails with the server's last output if it exits or the time runs out.</summary>
    public async Task WaitUntilReadyAsync(Func<CancellationToken, Task<bool>> probe, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (_process.HasExited)
            {
                throw new SignOffException($"{Name} stopped while starting (exit code {_process.ExitCode}).{await TailAsync().ConfigureAwait(false)}");
            }

            if (await probe(cancellationToken).ConfigureAwait(false))
            {
                return;
            }

            if (clock.Elapsed > timeout)
            {
                throw new SignOffException($"{Name} did not answer within {timeout.TotalSeconds:0} s of starting.{await TailAsync().ConfigureAwait(false)}");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Kills the server and everything it started, and waits until they have gone.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already exited.
        }

        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await _process.WaitForExitAsync(limit.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // A process that ignores SIGKILL for 10 s is stuck in the kernel; nothing more can be done from here.
        }

        _process.Dispose();
    }

    private async Task<string> TailAsync()
    {
        var errors = await _errors.TextAsync().ConfigureAwait(false);
        var tail = errors.Length > 0 ? errors : await _output.TextAsync().ConfigureAwait(false);
        return tail.Length > 0 ? $"{Environment.NewLine}Its last output:{Environment.NewLine}{tail}" : " It printed nothing.";
    }
}
