namespace PolicyKit.SignOff.Roster;

/// <summary>What a roster import checks the file against.</summary>
/// <param name="Schools">The trust's schools; a row naming any other school is a problem.</param>
/// <param name="DefaultSchool">
/// The id of the school every row belongs to when the import is for one school; the file then needs no school
/// column, and a row with an empty school cell belongs to this school.
/// </param>
internal sealed record RosterImportOptions(IReadOnlyList<RosterSchool> Schools, string? DefaultSchool = null)
{
    /// <returns>The school whose id or name <paramref name="text"/> is, or null.</returns>
    public RosterSchool? Find(string text) =>
        Schools.FirstOrDefault(s => string.Equals(s.Id, text, StringComparison.OrdinalIgnoreCase)) ?? Schools.FirstOrDefault(s => s.IsCalled(text));

    /// <summary>"millbrook (Millbrook School), oakhurst (Oakhurst Primary Academy)" for messages that list the choices.</summary>
    public string Describe() => string.Join(", ", Schools.OrderBy(s => s.Id, StringComparer.Ordinal));
}
