using PolicyKit.Model.Diagnostics;

namespace PolicyKit.Sources.Loading;

/// <summary>A school's changes to one trust policy.</summary>
public sealed record OverrideSource(
    string Path,
    string SchoolId,
    string PolicyId,
    IReadOnlyList<ClauseChange> Changes,
    DateOnly? Ratified,
    DateOnly? NextReview,
    SourceSpan NextReviewSpan,
    string ContentHash);

public enum ClauseChangeKind
{
    Replace,
    Remove,
    AddBefore,
    AddAfter,
}

/// <param name="Text">Markdown (with templates) for replace and add; null for remove.</param>
/// <param name="TextFirstLine">The line of <paramref name="Path"/> where <paramref name="Text"/> starts.</param>
public sealed record ClauseChange(
    ClauseChangeKind Kind,
    string TargetId,
    SourceSpan TargetSpan,
    string? Text,
    string Path,
    int TextFirstLine);
