namespace PolicyKit.SignOff.Roster;

/// <summary>The outcome of reading one roster file: the rows that are fine, and what to fix in the others.</summary>
/// <param name="HeaderRejected">The header row (or the whole file) is the problem, so no row was read at all.</param>
internal sealed record RosterImport(IReadOnlyList<RosterPerson> People, IReadOnlyList<RosterProblem> Problems, bool HeaderRejected = false)
{
    public bool HasProblems => Problems.Count > 0;
}
