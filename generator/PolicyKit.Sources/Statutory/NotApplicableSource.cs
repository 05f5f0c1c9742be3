using PolicyKit.Model.Diagnostics;

namespace PolicyKit.Sources.Statutory;

/// <summary>A statutory policy the trust says does not apply to some of its schools (<c>statutory-policies: not-applicable:</c>).</summary>
/// <param name="Schools">The schools it does not apply to; empty for every school.</param>
/// <param name="Reason">Why, in words a governor or auditor reads in the report.</param>
public sealed record NotApplicableSource(
    string Id,
    SourceSpan IdSpan,
    IReadOnlyList<(string Id, SourceSpan Span)> Schools,
    string Reason);
