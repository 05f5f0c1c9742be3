using System.Collections.Concurrent;

namespace PolicyKit.SignOff.Delivery;

/// <summary>
/// Wakes the mail dispatcher when there is something new to send, so an invitation or receipt goes out in seconds
/// rather than at the next poll. A round start asks for a full run (every round's messages are listed); a signature
/// names its one receipt, so a busy round of signing does not list thousands of invitations after each signature.
/// Pulls made while a run is under way collapse into one more run.
/// </summary>
public sealed class DeliveryTrigger : IDisposable
{
    private readonly SemaphoreSlim _signal = new(0, 1);
    private readonly ConcurrentQueue<string> _messages = new();
    private int _full;

    internal DeliveryTrigger()
    {
    }

    /// <summary>Asks for a run over every round.</summary>
    public void Pull()
    {
        Interlocked.Exchange(ref _full, 1);
        Signal();
    }

    /// <summary>Asks for one message (its blob name) to be sent.</summary>
    internal void PullMessage(string blobName)
    {
        _messages.Enqueue(blobName);
        Signal();
    }

    /// <summary>What has been asked for since the last call: a full run, and/or particular messages.</summary>
    public (bool Full, IReadOnlyList<string> Messages) Take()
    {
        var full = Interlocked.Exchange(ref _full, 0) == 1;
        var messages = new List<string>();
        while (_messages.TryDequeue(out var name))
        {
            messages.Add(name);
        }

        return (full, messages);
    }

    /// <inheritdoc/>
    public void Dispose() => _signal.Dispose();

    /// <summary>Waits until something is asked for, or <paramref name="timeout"/> passes.</summary>
    /// <returns>True when something was asked for.</returns>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _signal.WaitAsync(timeout, cancellationToken);

    private void Signal()
    {
        try
        {
            _signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already pulled and not yet taken: the coming run picks this up too.
        }
    }
}
