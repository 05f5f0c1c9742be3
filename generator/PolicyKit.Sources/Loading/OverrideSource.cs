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
    string ContentHash)
{
    /// <summary>The version this school ratified on <see cref="Ratified"/> (<c>version:</c>); null means the policy's <see cref="PolicySource.Current"/>.</summary>
    public string? RatifiedVersion { get; init; }

    /// <summary>Who ratified it (<c>ratified-by:</c>): governing-body, trust-board or a committee's key.</summary>
    public string? RatifiedBy { get; init; }

    /// <summary>The minute reference of the meeting that ratified it.</summary>
    public string? MinuteRef { get; init; }

    /// <summary>True when <see cref="NextReview"/> is written as a month ("June 2027"); it then holds the month's last day.</summary>
    public bool NextReviewMonthOnly { get; init; }

    /// <summary>The name of the chair of that meeting.</summary>
    public string? Chair { get; init; }

    /// <summary>Where <c>ratified</c> is written (the file's start when it is not).</summary>
    public SourceSpan RatifiedSpan { get; init; }

    /// <summary>Where <c>version</c> is written.</summary>
    public SourceSpan RatifiedVersionSpan { get; init; }

    /// <summary>Where <c>ratified-by</c> is written.</summary>
    public SourceSpan RatifiedBySpan { get; init; }
}

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
