namespace PolicyKit.Sources.Statutory;

/// <summary>
/// Which schools a statutory policy applies to (<c>applies-to:</c>): every key written must match; an empty list or a
/// null flag does not narrow it. A condition with nothing written applies to every school.
/// </summary>
public sealed record StatutoryCondition(
    IReadOnlyList<SchoolCategory> Types,
    IReadOnlyList<SchoolPhase> Phases,
    bool? Special,
    bool? Nursery,
    bool? SixthForm)
{
    /// <summary>Every school.</summary>
    public static StatutoryCondition All { get; } = new([], [], null, null, null);

    /// <summary>True when the condition narrows by <c>type:</c>, which a school may not have written.</summary>
    public bool DependsOnType => Types.Count > 0;
}
