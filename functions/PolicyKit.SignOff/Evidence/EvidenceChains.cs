using System.Collections.Concurrent;
using PolicyKit.SignOff.Storage;

namespace PolicyKit.SignOff.Evidence;

/// <summary>One <see cref="RoundChain"/> per round for the life of the process, so appends to a round queue on one lock.</summary>
internal sealed class EvidenceChains
{
    private readonly ConcurrentDictionary<string, RoundChain> _chains = new(StringComparer.Ordinal);
    private readonly SignOffStore _store;
    private readonly TimeProvider _time;

    public EvidenceChains(SignOffStore store, TimeProvider time)
    {
        _store = store;
        _time = time;
    }

    public RoundChain For(string roundId) => _chains.GetOrAdd(roundId, id => new RoundChain(_store, id, _time));
}
