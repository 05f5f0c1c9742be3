namespace PolicyKit.Rendering.Pdf.Office;

/// <summary>Drains a child's output stream so it never blocks, keeping the last lines to explain a crash.</summary>
internal sealed class OutputTail
{
    private const int MaxLines = 8;
    private readonly Queue<string> _lines = new();
    private readonly Task _drain;

    public OutputTail(StreamReader reader) => _drain = DrainAsync(reader);

    public async Task<string> TextAsync()
    {
        // The stream ends when the process exits; do not wait long for a child that is still running.
        await Task.WhenAny(_drain, Task.Delay(TimeSpan.FromSeconds(1)));
        lock (_lines)
        {
            return string.Join(" | ", _lines);
        }
    }

    private async Task DrainAsync(StreamReader reader)
    {
        try
        {
            while (await reader.ReadLineAsync() is { } line)
            {
                lock (_lines)
                {
                    _lines.Enqueue(line.Trim());
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
