
namespace PolicyKit.SignOff.Roster;

/// <summary>
/// Every column header the roster import recognises, from SIMS, Arbor and Bromcom staff exports and from files
/// people make by hand (docs/sign-off.md lists them per MIS). Headers are compared by their letters and digits only,
/// so "Staff ID", "staff_id" and "StaffId" are one spelling. Columns not listed are ignored.
/// </summary>
internal static class RosterSpellings
{
    public static IReadOnlyList<RosterSpelling> All { get; } =
    [
        new("Name", RosterColumn.Name, 0),
        new("Full Name", RosterColumn.Name, 0),

        // MIS records keep the legal name for payroll and the name people go by for everything else.
        new("Preferred Forename", RosterColumn.FirstName, 0),
        new("Preferred First Name", RosterColumn.FirstName, 0),
        new("Known As", RosterColumn.FirstName, 0),
        new("Legal Forename", RosterColumn.FirstName, 1),
        new("Legal First Name", RosterColumn.FirstName, 1),
        new("Forename", RosterColumn.FirstName, 2),
        new("First Name", RosterColumn.FirstName, 2),
        new("Given Name", RosterColumn.FirstName, 2),
        new("Preferred Surname", RosterColumn.LastName, 0),
        new("Preferred Last Name", RosterColumn.LastName, 0),
        new("Legal Surname", RosterColumn.LastName, 1),
        new("Legal Last Name", RosterColumn.LastName, 1),
        new("Surname", RosterColumn.LastName, 2),
        new("Last Name", RosterColumn.LastName, 2),
        new("Family Name", RosterColumn.LastName, 2),

        // Links go to the school address; a personal address is never used.
        new("Work Email", RosterColumn.Email, 0),
        new("Work Email Address", RosterColumn.Email, 0),
        new("Email Address (Work)", RosterColumn.Email, 0),
        new("Email (Work)", RosterColumn.Email, 0),
        new("School Email", RosterColumn.Email, 0),
        new("Email", RosterColumn.Email, 1),
        new("Email Address", RosterColumn.Email, 1),

        // The first of these that names a group, or a job role in the school's roster-groups table, decides.
        new("Group", RosterColumn.Group, 0),
        new("Role", RosterColumn.Group, 1),
        new("Job Role", RosterColumn.Group, 1),
        new("Job Title", RosterColumn.Group, 2),
        new("Post", RosterColumn.Group, 3),
        new("Post Title", RosterColumn.Group, 3),
        new("Business Role", RosterColumn.Group, 4),
        new("Staff Category", RosterColumn.Group, 5),
        new("Staff Type", RosterColumn.Group, 5),

        // An id that survives a change of name comes first; SIMS and Bromcom staff codes are often initials.
        new("Staff ID", RosterColumn.StaffId, 0),
        new("Employee Number", RosterColumn.StaffId, 1),
        new("Employee No", RosterColumn.StaffId, 1),
        new("Payroll Number", RosterColumn.StaffId, 1),
        new("Payroll No", RosterColumn.StaffId, 1),
        new("Staff Code", RosterColumn.StaffId, 2),

        new("School", RosterColumn.School, 0),
        new("School Name", RosterColumn.School, 0),
        new("Establishment", RosterColumn.School, 0),
        new("Establishment Name", RosterColumn.School, 0),
        new("Academy", RosterColumn.School, 0),
    ];

    private static readonly Dictionary<string, RosterSpelling> ByKey = All.ToDictionary(s => RosterKey.Of(s.Header), StringComparer.Ordinal);

    public static RosterSpelling? Find(string header) => ByKey.GetValueOrDefault(RosterKey.Of(header));

    /// <summary>"Work Email, Email Address (Work), …" for a message about a missing column.</summary>
    public static string Accepted(RosterColumn column) => string.Join(", ", All.Where(s => s.Column == column).Select(s => s.Header));
}
