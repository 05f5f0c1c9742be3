namespace PolicyKit.SignOff.Roster;

/// <summary>The roster columns the import understands; every other column of an MIS export is ignored.</summary>
internal enum RosterColumn
{
    Name,
    FirstName,
    LastName,
    Email,
    Group,
    StaffId,
    School,
}
