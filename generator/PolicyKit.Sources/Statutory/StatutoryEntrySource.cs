using PolicyKit.Model.Diagnostics;

namespace PolicyKit.Sources.Statutory;

/// <summary>One entry of a list of statutory policies, as written: PolicyKit's built-in list or a trust's <c>statutory-policies: add:</c>.</summary>
/// <param name="Recommended">True for <c>level: recommended</c>, false for <c>level: required</c>.</param>
/// <param name="Review">How often it is reviewed, in words ("Annually", "Set by the school").</param>
/// <param name="ReviewMonths">The same in months, or null where no interval is set.</param>
/// <param name="Sources">Each source's title and address.</param>
public sealed record StatutoryEntrySource(
    string Id,
    SourceSpan IdSpan,
    string Name,
    bool Recommended,
    string Approver,
    string Review,
    int? ReviewMonths,
    bool Publish,
    StatutoryCondition AppliesTo,
    IReadOnlyList<(string Title, string Url)> Sources,
    string? Notes);
