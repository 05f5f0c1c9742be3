namespace PolicyKit.SignOff.Roster;

/// <summary>
/// Where each known column is in a roster's header row. A field may have several columns (a preferred and a legal
/// forename, a work and a plain email); they are kept in <see cref="RosterSpelling.Rank"/> order.
/// </summary>
internal sealed class RosterHeader
{
    internal const string Expected =
        "name (or first name and last name), email, group or job role, and optionally staff id and school";

    private readonly Dictionary<RosterColumn, List<(int Index, string Header)>> _columns;

    private RosterHeader(Dictionary<RosterColumn, List<(int Index, string Header)>> columns) => _columns = columns;

    public bool Has(RosterColumn column) => _columns.ContainsKey(column);

    /// <returns>The first non-empty trimmed cell of <paramref name="column"/>'s columns, or "".</returns>
    public string Cell(IReadOnlyList<string> record, RosterColumn column) =>
        Cells(record, column).Select(c => c.Value).FirstOrDefault() ?? "";

    /// <returns>Every non-empty trimmed cell of <paramref name="column"/>'s columns, first rank first, with its header.</returns>
    public IEnumerable<(string Header, string Value)> Cells(IReadOnlyList<string> record, RosterColumn column) =>
        _columns.TryGetValue(column, out var columns)
            ? columns.Where(c => c.Index < record.Count && record[c.Index].Trim().Length > 0).Select(c => (c.Header, record[c.Index].Trim()))
            : [];

    /// <returns>The header, or null with <paramref name="problem"/> saying which column is missing or repeated.</returns>
    public static RosterHeader? Parse(IReadOnlyList<string> headers, bool schoolRequired, out string? problem)
    {
        var columns = new Dictionary<RosterColumn, List<(int Index, string Header)>>();
        var ranks = new Dictionary<(RosterColumn, int), int>();
        for (var i = 0; i < headers.Count; i++)
        {
            if (RosterSpellings.Find(headers[i]) is not { } spelling)
            {
                continue;
            }

            if (ranks.TryGetValue((spelling.Column, spelling.Rank), out var first))
            {
                problem = $"the header has both \"{headers[first].Trim()}\" and \"{headers[i].Trim()}\", which mean the same; keep one of the two columns";
                return null;
            }

            ranks[(spelling.Column, spelling.Rank)] = i;
            var list = columns.TryGetValue(spelling.Column, out var existing) ? existing : columns[spelling.Column] = [];
            list.Insert(list.Count(c => RosterSpellings.Find(c.Header)!.Rank < spelling.Rank), (i, headers[i].Trim()));
        }

        var header = new RosterHeader(columns);
        problem = header.Missing(headers, schoolRequired);
        return problem is null ? header : null;
    }

    private string? Missing(IReadOnlyList<string> headers, bool schoolRequired)
    {
        var missing = new List<(string Name, string Advice)>();
        if (!Has(RosterColumn.Name) && !(Has(RosterColumn.FirstName) && Has(RosterColumn.LastName)))
        {
            missing.Add(("name", $"A name column may be headed {RosterSpellings.Accepted(RosterColumn.Name)}; or give a first-name column " +
                $"({RosterSpellings.Accepted(RosterColumn.FirstName)}) and a last-name column ({RosterSpellings.Accepted(RosterColumn.LastName)})."));
        }

        if (!Has(RosterColumn.Email))
        {
            missing.Add(("email", $"An email column may be headed {RosterSpellings.Accepted(RosterColumn.Email)}."));
        }

        if (!Has(RosterColumn.Group))
        {
            missing.Add(("group or job role", $"A group or job role column may be headed {RosterSpellings.Accepted(RosterColumn.Group)}."));
        }

        if (schoolRequired && !Has(RosterColumn.School))
        {
            missing.Add(("school", $"A school column may be headed {RosterSpellings.Accepted(RosterColumn.School)}; it is needed because no school was chosen for the whole file (choose one to import a single school's export)."));
        }

        if (missing.Count == 0)
        {
            return null;
        }

        var seen = string.Join(", ", headers.Where(h => h.Trim().Length > 0).Select(h => $"\"{h.Trim()}\""));
        var opening = _columns.Count == 0
            ? "none of the header's columns is one a roster needs, so this may not be the staff list exported from the MIS."
            : $"the header has no {string.Join(", ", missing.Select(m => m.Name))} column{(missing.Count == 1 ? "" : "s")}.";
        var found = seen.Length > 0 ? $"The columns found are {seen}." : "The first line has no column names.";
        return $"{opening} {found} {string.Join(' ', missing.Select(m => m.Advice))}";
    }
}
