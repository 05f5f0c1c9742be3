namespace PolicyKit.SignOff.Roster;

/// <summary>The outcome of reading one roster file: the rows that are fine, and what to fix in the others.</summary>
internal sealed record RosterImport(IReadOnlyList<RosterPerson> People, IReadOnlyList<RosterProblem> Problems)
{
    public bool HasProblems => Problems.Count > 0;
}
