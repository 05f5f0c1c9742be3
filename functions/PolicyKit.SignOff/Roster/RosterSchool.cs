using PolicyKit.SignOff.Publishing;

namespace PolicyKit.SignOff.Roster;

/// <summary>A school a roster row can belong to: its id, the name people call it, and its job-role table.</summary>
internal sealed class RosterSchool
{
    private readonly Dictionary<string, string> _groups;

    /// <param name="roleGroups">Job role to group, from the school's and the trust's <c>roster-groups:</c>.</param>
    public RosterSchool(string id, string name, IReadOnlyDictionary<string, string>? roleGroups = null)
    {
        Id = id;
        Name = name;
        _groups = (roleGroups ?? new Dictionary<string, string>())
            .GroupBy(r => RosterKey.Of(r.Key), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);
    }

    public string Id { get; }

    public string Name { get; }

    public static RosterSchool From(SchoolProfile profile) => new(profile.Id, profile.Name, profile.RoleGroups);

    /// <summary>Whether <paramref name="text"/> is this school's id or name, ignoring case, spaces and punctuation.</summary>
    public bool IsCalled(string text) =>
        RosterKey.Of(text) is { Length: > 0 } key && (key == RosterKey.Of(Id) || key == RosterKey.Of(Name));

    /// <returns>The group a job role (or a group's own name) puts a person in, or null when the text names neither.</returns>
    public string? GroupOf(string text) =>
        _groups.TryGetValue(RosterKey.Of(text), out var group) ? PersonGroups.Normalise(group) : PersonGroups.Normalise(text);

    public override string ToString() => $"{Id} ({Name})";
}
