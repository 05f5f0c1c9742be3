namespace PolicyKit.Cli.Local;

/// <summary>Drains a server's output stream so it never blocks, keeping the last lines to explain a failed start.</summary>
internal sealed class ServerOutputTail
{
    private const int MaxLines = 12;
    private readonly Queue<string> _lines = new();
    private readonly Task _drain;

    public ServerOutputTail(StreamReader reader) => _drain = DrainAsync(reader);

    public async Task<string> TextAsync()
    {
        // The stream ends when the process exits; do not wait long for one that is still running.
        await Task.WhenAny(_drain, Task.Delay(TimeSpan.FromSeconds(1))).ConfigureAwait(false);
        lock (_lines)
        {
            return string.Join(Environment.NewLine, _lines);
        }
    }

    private async Task DrainAsync(StreamReader reader)
    {
        try
        {
            while (await reader.ReadLineAsync().ConfigureAwait(false) is { } line)
            {
                if (line.Length == 0)
                {
                    continue;
                }

                lock (_lines)
                {
                    _lines.Enqueue(line.TrimEnd());
                    if (_lines.Count > MaxLines)
                    {
                        _lines.Dequeue();
                    }
                }
            }
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException)
        {
            // The process was killed while we read; what we have is all there is.
        }
    }
}
