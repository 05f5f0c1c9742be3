namespace PolicyKit.SignOff.Evidence;

public enum ChainProblemKind
{
    Changed,
    Removed,
    Inserted,
}

/// <param name="Subject">The blob the problem is about.</param>
public sealed record ChainProblem(ChainProblemKind Kind, string Subject, string Message);
