namespace PolicyKit.SignOff.Roster;

/// <param name="Applied">False when problems stopped the import: then no roster was changed.</param>
/// <param name="Imported">People now on each school's roster (only when applied).</param>
/// <param name="HeaderRejected">The header row is the problem: no row was read, so skipping rows would not help.</param>
internal sealed record RosterImportReport(bool Applied, IReadOnlyDictionary<string, int> Imported, IReadOnlyList<RosterProblem> Problems, int Skipped, bool HeaderRejected = false)
{
    /// <summary>Whether importing again with "skip rows with problems" would import the good rows of this file.</summary>
    public bool SkippingWouldHelp { get; init; }
}
