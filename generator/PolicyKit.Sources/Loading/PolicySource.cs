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
    /// <summary>The current version: the last history entry.</summary>
    public VersionEntry? Current => History.Count > 0 ? History[^1] : null;
}

public sealed record VersionEntry(
    string Version,
    DateOnly Date,
    string By,
    string Changes,
    DateOnly? Ratified,
    DateOnly? Implemented,
    Model.Diagnostics.SourceSpan Span);

public sealed record AcceptanceSource(IReadOnlyList<string> RequiredFrom, IReadOnlyList<string> Statements);
