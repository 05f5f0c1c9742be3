using PolicyKit.Model.Diagnostics;

namespace PolicyKit.Sources.Loading;

public sealed record PolicySource(
    string Path,
    string Id,
    SourceSpan IdSpan,
    string Title,
    bool Statutory,
    string WrittenBy,
    string? Source,
    string? OwnerRole,
    SourceSpan OwnerRoleSpan,
    string ApprovedBy,
    string? ReviewCycle,
    DateOnly? NextReview,
    SourceSpan NextReviewSpan,
    IReadOnlyList<VersionEntry> History,
    IReadOnlyList<(string Id, SourceSpan Span)> Related,
    AcceptanceSource? Acceptance,
    string Body,
    int BodyFirstLine,
    string ContentHash)
{
    /// <summary>
    /// The current version as the trust's own history records it: the latest entry with a <c>ratified</c> date, or
    /// (for a policy each school ratifies in its override) the latest entry not marked draft or proposed.
    /// A school's own ratifications can make another version current there: see <see cref="Versions.PolicyVersions"/>.
    /// </summary>
    public VersionEntry? Current =>
        History.LastOrDefault(v => v.Ratified is not null) ?? History.LastOrDefault(v => v.Status is null);

    /// <summary>Hash of the version-history entries no one has ratified yet, which <see cref="ContentHash"/> leaves out; it counts only where a school ratifies one of them.</summary>
    public string PendingVersionsHash { get; init; } = string.Empty;

    /// <summary>The review cycle in months (12 for annual), or null when the policy gives none.</summary>
    public int? ReviewCycleMonths { get; init; }

    /// <summary>The policy's <c>layout:</c>, which changes the trust's and the school's key by key, or null.</summary>
    internal Layout.LayoutSpec? Layout { get; init; }
}

public sealed record AcceptanceSource(IReadOnlyList<string> RequiredFrom, IReadOnlyList<string> Statements);
