namespace PolicyKit.Bench.Generation;

/// <summary>One synthetic policy: chosen before any is written so that <c>related:</c> can name the others.</summary>
internal sealed record PolicyPlan(string Id, string Title, string Topic)
{
    /// <summary>Top-level clauses that every school has (outside conditionals, never a link target): safe for overrides.</summary>
    public List<string> OverridableClauseIds { get; } = [];
}
