using PolicyKit.SignOff.Rounds;

namespace PolicyKit.SignOff.Tracking;

public sealed record RoundStatus(RoundDefinition Round, IReadOnlyList<PersonRow> People)
{
    public int Count(PersonStatus status) => People.Count(p => p.Status == status);

    /// <summary>
    /// Not yet signed or declined, with a link that works or is on its way: what the dashboard calls outstanding.
    /// People marked as left or excused are not outstanding.
    /// </summary>
    public int Outstanding => Count(PersonStatus.Outstanding) + Count(PersonStatus.Queued);
}
