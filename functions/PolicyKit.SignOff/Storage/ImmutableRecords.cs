using System.Collections.Concurrent;

namespace PolicyKit.SignOff.Storage;

/// <summary>
/// Records that never change once written (rounds, invites, links, decisions), read once per process. Only present
/// records are kept, so a record written later is still found; the cache is bounded so a long-running service does
/// not grow without limit.
/// </summary>
internal sealed class ImmutableRecords(SignOffStore store)
{
    private const int Capacity = 200_000;
    private readonly ConcurrentDictionary<string, object> _records = new(StringComparer.Ordinal);

    public async Task<T?> ReadAsync<T>(string name, CancellationToken cancellationToken)
        where T : class
    {
        if (_records.TryGetValue(name, out var known))
        {
            return (T)known;
        }

        var record = await RecordJson.ReadAsync<T>(store, name, cancellationToken).ConfigureAwait(false);
        if (record is not null)
        {
            if (_records.Count >= Capacity)
            {
                _records.Clear();
            }

            _records.TryAdd(name, record);
        }

        return record;
    }

    /// <summary>Keeps a record this process has just written, so it is not read back.</summary>
    public void Remember(string name, object record) => _records.TryAdd(name, record);
}
