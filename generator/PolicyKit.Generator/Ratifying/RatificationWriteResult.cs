namespace PolicyKit.Generator.Ratifying;

/// <summary>The outcome of writing one approval, with a sentence for a person and every line changed.</summary>
/// <param name="Approval">The approval written (or not).</param>
/// <param name="Outcome">What happened.</param>
/// <param name="Message">What happened, or what to do, in a sentence.</param>
/// <param name="Changes">Every line added, changed or removed, file by file; empty unless <see cref="RatificationOutcome.Written"/>.</param>
public sealed record RatificationWriteResult(
    RatificationApproval Approval,
    RatificationOutcome Outcome,
    string Message,
    IReadOnlyList<SourceLineChange> Changes);
