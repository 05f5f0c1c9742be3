using PolicyKit.Model.Diagnostics;
using PolicyKit.Model.Document;

namespace PolicyKit.Sources.Loading;

public sealed record PolicySource(
    string Path,
    string Id,
    SourceSpan IdSpan,
    string Title,
    bool Statutory,
    string? WrittenBy,
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

    /// <summary>True when <see cref="NextReview"/> is written as a month ("June 2027"); it then holds the month's last day.</summary>
    public bool NextReviewMonthOnly { get; init; }
    /// <summary>The policy's number in a numbered set (<c>policy-number: 7</c>), written before its section numbers; null when it has none.</summary>
    public int? PolicyNumber { get; init; }

    /// <summary>The policy's own numbering scheme, which wins over the school's and the trust's (a handbook policy numbered like the handbook); null to follow them.</summary>
    public NumberingScheme? Numbering { get; init; }

    /// <summary>Where <c>policy-number</c> is written, for the warning when a school's scheme has no numbers to put it in front of.</summary>
    public SourceSpan PolicyNumberSpan { get; init; }

    /// <summary>Where <see cref="ApprovedBy"/> is written (the front matter's start when it is left out).</summary>
    public SourceSpan ApprovedBySpan { get; init; }

    /// <summary>The policy's own ratification when it keeps no version-history (<c>ratified:</c> in its front matter); null otherwise.</summary>
    public UnversionedRatification? Ratified { get; init; }

    /// <summary>The review cycle in months (12 for annual), or null when the policy gives none.</summary>
    public int? ReviewCycleMonths { get; init; }

    /// <summary>The statutory policies this policy is (<c>statutory-as:</c>), by their ids in the statutory policy list, such as "child-protection".</summary>
    public IReadOnlyList<(string Id, SourceSpan Span)> StatutoryAs { get; init; } = [];

    /// <summary>False when <c>website: false</c> keeps the policy off each school's public policy site (its documents are still built).</summary>
    public bool OnWebsite { get; init; } = true;

    /// <summary>The policy's <c>layout:</c>, which changes the trust's and the school's key by key, or null.</summary>
    internal Layout.LayoutSpec? Layout { get; init; }
}

public sealed record AcceptanceSource(IReadOnlyList<string> RequiredFrom, IReadOnlyList<string> Statements);
