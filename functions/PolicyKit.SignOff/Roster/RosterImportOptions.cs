namespace PolicyKit.SignOff.Roster;

/// <summary>What a roster import checks the file against.</summary>
/// <param name="KnownSchools">The ids of the trust's schools; a row naming any other school is a problem.</param>
/// <param name="DefaultSchool">
/// The school every row belongs to when the import is for one school; the file then needs no school column, and a
/// row with an empty school cell belongs to this school.
/// </param>
internal sealed record RosterImportOptions(IReadOnlySet<string> KnownSchools, string? DefaultSchool = null);
