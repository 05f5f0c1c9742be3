namespace PolicyKit.SignOff.Roster;

/// <param name="Applied">False when problems stopped the import: then no roster was changed.</param>
/// <param name="Imported">People now on each school's roster (only when applied).</param>
internal sealed record RosterImportReport(bool Applied, IReadOnlyDictionary<string, int> Imported, IReadOnlyList<RosterProblem> Problems, int Skipped);
