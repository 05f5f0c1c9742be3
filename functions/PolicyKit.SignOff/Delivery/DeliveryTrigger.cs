namespace PolicyKit.SignOff.Delivery;

/// <summary>
/// Wakes the mail dispatcher when there is something new to send, so an invitation or receipt goes out in seconds
/// rather than at the next timer tick. Many pulls while a run is under way collapse into one more run.
/// </summary>
internal sealed class DeliveryTrigger : IDisposable
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Pull()
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

    public void Dispose() => _signal.Dispose();

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _signal.WaitAsync(timeout, cancellationToken);
}
