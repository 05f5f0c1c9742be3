using PolicyKit.SignOff.Rounds;

namespace PolicyKit.SignOff.Tracking;

public sealed record RoundStatus(RoundDefinition Round, IReadOnlyList<PersonRow> People)
{
    public int Count(PersonStatus status) => People.Count(p => p.Status == status);

    /// <summary>Not yet signed or declined, with a link that works or is on its way: what the dashboard calls outstanding.</summary>
    public int Outstanding => Count(PersonStatus.Outstanding) + Count(PersonStatus.Queued);

    public RoundStatus Filter(string? school, string? group) => this with
    {
        People = People.Where(p => (string.IsNullOrEmpty(school) || p.School == school) && (string.IsNullOrEmpty(group) || p.Group == group)).ToList(),
    };
}
