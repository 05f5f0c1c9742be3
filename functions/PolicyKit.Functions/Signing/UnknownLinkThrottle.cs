using System.Collections.Concurrent;
using PolicyKit.Functions.Hosting;

namespace PolicyKit.Functions.Signing;

/// <summary>
/// Counts, per client address, links that led nowhere. Real people mistype a link once or twice; anyone guessing
/// needs billions of tries, so after a handful in the window every further unknown link from that address gets 429.
/// Only unknown links are refused: a school's staff share one address, and one pupil typing made-up links must not
/// lock everyone else out of their real ones.
/// </summary>
/// <remarks>Public only because the sign page's model, which Razor needs public, takes it in its constructor.</remarks>
public sealed class UnknownLinkThrottle
{
    private readonly ConcurrentDictionary<string, Window> _windows = new(StringComparer.Ordinal);
    private readonly RateLimitOptions _limits;
    private readonly TimeProvider _time;

    internal UnknownLinkThrottle(RateLimitOptions limits, TimeProvider time)
    {
        _limits = limits;
        _time = time;
    }

    /// <summary>Called for a link that leads nowhere.</summary>
    /// <returns>True when the client is over its limit (answer 429); otherwise the link is counted against it.</returns>
    public bool Refuses(string client)
    {
        if (IsBlocked(client))
        {
            return true;
        }

        RecordUnknown(client);
        return false;
    }

    private bool IsBlocked(string client)
    {
        var now = _time.GetUtcNow();
        return _windows.TryGetValue(client, out var window) && window.Start + _limits.UnknownLinkWindow > now && window.Count >= _limits.UnknownLinksPerWindow;
    }

    private void RecordUnknown(string client)
    {
        var now = _time.GetUtcNow();
        _windows.AddOrUpdate(
            client,
            _ => new Window(now, 1),
            (_, window) => window.Start + _limits.UnknownLinkWindow > now ? window with { Count = window.Count + 1 } : new Window(now, 1));
        if (_windows.Count > 10_000)
        {
            foreach (var stale in _windows.Where(w => w.Value.Start + _limits.UnknownLinkWindow <= now).Select(w => w.Key).ToList())
            {
                _windows.TryRemove(stale, out _);
            }
        }
    }

    private sealed record Window(DateTimeOffset Start, int Count);
}
