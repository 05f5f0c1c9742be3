using PolicyKit.SignOff.Mail;
using PolicyKit.SignOff.Storage;

namespace PolicyKit.SignOff.Coverage;

/// <summary>The dashboard's statutory policies: each school's last published snapshot, with reviews overdue as of today (UK).</summary>
public sealed class CoverageBoard
{
    private readonly CoverageSnapshots _snapshots;
    private readonly TimeProvider _time;

    internal CoverageBoard(SignOffStore store, TimeProvider time)
    {
        _snapshots = new CoverageSnapshots(store);
        _time = time;
    }

    /// <summary>Every school with a published snapshot, by name.</summary>
    public async Task<IReadOnlyList<SchoolCoverageStatus>> SchoolsAsync(CancellationToken cancellationToken)
    {
        var today = UkTime.DateOf(_time.GetUtcNow());
        return (await _snapshots.ReadAllAsync(cancellationToken).ConfigureAwait(false)).Select(s => new SchoolCoverageStatus(s, today)).ToList();
    }
}
