using Azure;
using Azure.Storage.Blobs.Specialized;

namespace PolicyKit.SignOff.Storage;

/// <summary>
/// An exclusive hold on one piece of work across every instance of the service, as a blob lease that is renewed
/// while held. If the holder dies, the lease lapses within its duration and another instance can take over.
/// </summary>
internal sealed class BlobLock : IAsyncDisposable
{
    private readonly BlobLeaseClient _lease;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _renewing;

    private BlobLock(BlobLeaseClient lease, TimeSpan duration)
    {
        _lease = lease;
        _renewing = RenewAsync(duration / 3, _stop.Token);
    }

    /// <returns>The lock, or null when another instance holds it.</returns>
    public static async Task<BlobLock?> TryAcquireAsync(BlobLeaseClient lease, TimeSpan duration, CancellationToken cancellationToken)
    {
        try
        {
            await lease.AcquireAsync(duration, cancellationToken: cancellationToken).ConfigureAwait(false);
            return new BlobLock(lease, duration);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return null;
        }
    }

    private async Task RenewAsync(TimeSpan every, CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                await Task.Delay(every, cancellationToken).ConfigureAwait(false);
                await _lease.RenewAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or RequestFailedException or HttpRequestException)
        {
            // Stopped, or storage trouble: the lease then lapses on its own, which is the safe outcome.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await _renewing.ConfigureAwait(false);
        _stop.Dispose();
        try
        {
            await _lease.ReleaseAsync().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is RequestFailedException or HttpRequestException)
        {
            // It lapses by itself.
        }
    }
}
