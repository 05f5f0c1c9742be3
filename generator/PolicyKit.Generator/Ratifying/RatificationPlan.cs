namespace PolicyKit.Generator.Ratifying;

/// <summary>The edits that record one approval, file by file, or why there are none.</summary>
internal sealed record RatificationPlan(RatificationOutcome Outcome, string Message, IReadOnlyList<(string Path, LineEdits Edits)> Files)
{
    public const string GoverningBody = "governing-body";
    public const string TrustBoard = "trust-board";

    public static RatificationPlan Nothing(RatificationOutcome outcome, string message) => new(outcome, message, []);
}
