namespace PolicyKit.Sources.Statutory;

/// <summary>The trust's changes to PolicyKit's list of statutory policies (<c>statutory-policies:</c> in trust.yaml).</summary>
/// <param name="Added">The trust's own entries, in the built-in list's shape.</param>
/// <param name="NotApplicable">Entries that do not apply to some schools, with the reason.</param>
public sealed record StatutoryPoliciesSource(IReadOnlyList<StatutoryEntrySource> Added, IReadOnlyList<NotApplicableSource> NotApplicable)
{
    /// <summary>No changes.</summary>
    public static StatutoryPoliciesSource None { get; } = new([], []);
}
