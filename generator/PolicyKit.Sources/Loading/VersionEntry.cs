using PolicyKit.Model.Diagnostics;
using PolicyKit.Sources.Versions;

namespace PolicyKit.Sources.Loading;

/// <summary>One entry of a policy's <c>version-history</c>, as written.</summary>
/// <param name="Version">The version number as written ("2.1").</param>
/// <param name="Date">When the version was written or reviewed.</param>
/// <param name="By">Who reviewed it.</param>
/// <param name="Changes">What changed, as printed in the review history.</param>
/// <param name="Ratified">When the trust's history says it was ratified (a school may record its own date in its override).</param>
/// <param name="Implemented">When it came into effect.</param>
/// <param name="Span">Where the entry starts.</param>
public sealed record VersionEntry(
    string Version,
    DateOnly Date,
    string By,
    string Changes,
    DateOnly? Ratified,
    DateOnly? Implemented,
    SourceSpan Span)
{
    /// <summary><see cref="VersionStatus.Draft"/> or <see cref="VersionStatus.Proposed"/> when the entry says so with <c>status:</c>; null when it does not.</summary>
    public VersionStatus? Status { get; init; }

    /// <summary>Who ratified it (<c>ratified-by:</c>): governing-body, trust-board or a committee's key; null when not written.</summary>
    public string? RatifiedBy { get; init; }

    /// <summary>The minute reference of the meeting that ratified it (<c>minute-ref:</c>).</summary>
    public string? MinuteRef { get; init; }

    /// <summary>The name of the chair of the meeting that ratified it (<c>chair:</c>).</summary>
    public string? Chair { get; init; }

    /// <summary><c>material:</c> as written: true when the change needs people to sign again, false when it does not, null when not said.</summary>
    public bool? Material { get; init; }

    /// <summary>The clauses whose change is material (<c>material-clauses:</c>), each with where it is written.</summary>
    public IReadOnlyList<(string Id, SourceSpan Span)> MaterialClauses { get; init; } = [];

    /// <summary>Whether this version's change needs everyone who signed the previous version to sign again.</summary>
    public bool IsMaterial => Material == true || MaterialClauses.Count > 0;

    /// <summary>True when <see cref="VersionEntry.Date"/> is written as a month ("June 2023"); it then holds the month's first day.</summary>
    public bool DateMonthOnly { get; init; }

    /// <summary>True when <see cref="VersionEntry.Implemented"/> is written as a month; it then holds the month's first day.</summary>
    public bool ImplementedMonthOnly { get; init; }

    /// <summary>
    /// The version as the school prints it (<c>label: "Version 1:1"</c>), or null to print the number. The number
    /// stays the version's identity: it orders the history and names the version in sign-off evidence and redlines.
    /// </summary>
    public string? Label { get; init; }

    /// <summary>Where the version number is written.</summary>
    public SourceSpan VersionSpan { get; init; }

    /// <summary>Where the <c>ratified</c> date is written (the entry's start when it has none).</summary>
    public SourceSpan RatifiedSpan { get; init; }

    /// <summary>Where <c>ratified-by</c> is written.</summary>
    public SourceSpan RatifiedBySpan { get; init; }

    /// <summary>Where <c>status</c> is written.</summary>
    public SourceSpan StatusSpan { get; init; }
}
