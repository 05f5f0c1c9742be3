namespace PolicyKit.SignOff.Roster;

/// <summary>One person on a school's roster, as imported from the school's MIS export.</summary>
/// <param name="PersonId">Stable within the school: the staff id when the MIS gave one, else derived from the email.</param>
/// <param name="Group">One of <see cref="PersonGroups.All"/>.</param>
public sealed record RosterPerson(string School, string PersonId, string Name, string Email, string Group, string? StaffId);
