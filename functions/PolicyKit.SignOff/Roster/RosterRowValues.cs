namespace PolicyKit.SignOff.Roster;

/// <summary>The values of one roster row that may come from more than one MIS column.</summary>
internal static class RosterRowValues
{
    private const string Groups = "staff, governors or volunteers";

    /// <summary>The name people go by: preferred forename and surname where the MIS has them, else the legal ones, else a full-name column.</summary>
    public static string Name(RosterHeader header, IReadOnlyList<string> record)
    {
        var parts = $"{header.Cell(record, RosterColumn.FirstName)} {header.Cell(record, RosterColumn.LastName)}".Trim();
        return parts.Length > 0 ? parts : header.Cell(record, RosterColumn.Name);
    }

    /// <summary>The group of the first group or job-role column whose value names one, in the school's table or directly.</summary>
    /// <returns>The group, or null with <paramref name="problem"/> naming each value and how to add a role to the table.</returns>
    public static string? Group(RosterHeader header, IReadOnlyList<string> record, RosterSchool school, out string? problem)
    {
        problem = null;
        var cells = header.Cells(record, RosterColumn.Group).ToList();
        foreach (var (_, value) in cells)
        {
            if (school.GroupOf(value) is { } group)
            {
                return group;
            }
        }

        if (cells.Count == 0)
        {
            problem = $"the group or job role is empty; use {Groups}, or a job role listed under 'roster-groups:' in trust.yaml or the school's school.yaml";
            return null;
        }

        var roles = string.Join(" or ", cells.Select(c => $"\"{c.Value}\" ({c.Header})"));
        var example = string.Join(' ', cells[0].Value.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        problem = $"{roles} is not a group or a job role in the roster-groups table for {school.Id}; add the role under 'roster-groups:' in trust.yaml " +
            $"or the school's school.yaml (e.g. \"{example}: staff\") and publish, or put {Groups} in the file";
        return null;
    }
}
