namespace PolicyKit.SignOff.Evidence;

public sealed record ChainReport(string RoundId, int Entries, int Decisions, IReadOnlyList<ChainProblem> Problems, int Exemptions = 0)
{
    public bool IsIntact => Problems.Count == 0;
}
