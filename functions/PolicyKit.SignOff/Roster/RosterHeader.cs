namespace PolicyKit.SignOff.Roster;

/// <summary>
/// Where each known column is in a roster's header row. MIS exports spell headers in many ways ("Staff ID",
/// "staff_id", "StaffId"), so headers are compared without case, spaces, underscores or hyphens.
/// </summary>
internal sealed class RosterHeader
{
    internal const string Expected =
        "name (or first name and last name), email, group, and optionally staff id and school";

    private static readonly Dictionary<string, RosterColumn> Aliases = new(StringComparer.Ordinal)
    {
        ["name"] = RosterColumn.Name,
        ["fullname"] = RosterColumn.Name,
        ["firstname"] = RosterColumn.FirstName,
        ["forename"] = RosterColumn.FirstName,
        ["givenname"] = RosterColumn.FirstName,
        ["lastname"] = RosterColumn.LastName,
        ["surname"] = RosterColumn.LastName,
        ["familyname"] = RosterColumn.LastName,
        ["email"] = RosterColumn.Email,
        ["emailaddress"] = RosterColumn.Email,
        ["group"] = RosterColumn.Group,
        ["role"] = RosterColumn.Group,
        ["staffid"] = RosterColumn.StaffId,
        ["school"] = RosterColumn.School,
    };

    private readonly Dictionary<RosterColumn, int> _indexes;

    private RosterHeader(Dictionary<RosterColumn, int> indexes) => _indexes = indexes;

    public bool Has(RosterColumn column) => _indexes.ContainsKey(column);

    /// <returns>The trimmed cell of <paramref name="column"/>, or "" when the row is short or has no such column.</returns>
    public string Cell(IReadOnlyList<string> record, RosterColumn column) =>
        _indexes.TryGetValue(column, out var index) && index < record.Count ? record[index].Trim() : "";

    /// <returns>The header, or null with <paramref name="problem"/> saying which column is missing or repeated.</returns>
    public static RosterHeader? Parse(IReadOnlyList<string> headers, bool schoolRequired, out string? problem)
    {
        var indexes = new Dictionary<RosterColumn, int>();
        for (var i = 0; i < headers.Count; i++)
        {
            if (!Aliases.TryGetValue(Normalise(headers[i]), out var column))
            {
                continue;
            }

            if (indexes.TryGetValue(column, out var first))
            {
                problem = $"the header has both \"{headers[first].Trim()}\" and \"{headers[i].Trim()}\"; keep one of the two columns";
                return null;
            }

            indexes[column] = i;
        }

        var hasName = indexes.ContainsKey(RosterColumn.Name)
            || (indexes.ContainsKey(RosterColumn.FirstName) && indexes.ContainsKey(RosterColumn.LastName));
        var missing = new List<string>();
        if (!hasName)
        {
            missing.Add("name");
        }

        if (!indexes.ContainsKey(RosterColumn.Email))
        {
            missing.Add("email");
        }

        if (!indexes.ContainsKey(RosterColumn.Group))
        {
            missing.Add("group");
        }

        if (schoolRequired && !indexes.ContainsKey(RosterColumn.School))
        {
            missing.Add("school");
        }

        if (missing.Count > 0)
        {
            var seen = string.Join(", ", headers.Where(h => h.Trim().Length > 0).Select(h => $"\"{h.Trim()}\""));
            var noun = missing.Count == 1 ? "column" : "columns";
            var schoolNote = schoolRequired ? " (school is required because this import is for more than one school)" : "";
            problem = $"the header has no {string.Join(", ", missing)} {noun}; it has {(seen.Length > 0 ? seen : "no column names")}. " +
                $"Expected columns: {Expected}{schoolNote}";
            return null;
        }

        problem = null;
        return new RosterHeader(indexes);
    }

    private static string Normalise(string header) =>
        string.Concat(header.Where(c => c is not (' ' or '_' or '-' or '\t' or '\uFEFF'))).Trim().ToLowerInvariant();
}
