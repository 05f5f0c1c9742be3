using PolicyKit.Model.Layout;

namespace PolicyKit.Model.Document;

/// <summary>Everything shown around the body: title block, metadata table, review history, signatures, header and footer.</summary>
public sealed record DocumentInfo
{
    public required string PolicyId { get; init; }

    public required string Title { get; init; }

    /// <summary>"Statutory" or "Non-statutory".</summary>
    public required string Status { get; init; }

    /// <summary>Who wrote the policy, or null when the sources do not say (the "Written by" row is then left out).</summary>
    public string? WrittenBy { get; init; }

    /// <summary>The owner as people read it, e.g. "Director of Operations (Priya Shah)".</summary>
    public required string Owner { get; init; }

    public required string ApprovedBy { get; init; }

    /// <summary>
    /// The version's number, its identity in the history, sign-off evidence and redlines; "draft" when nothing is
    /// ratified, or empty for a policy ratified without a version number (its documents then print no version).
    /// </summary>
    public required string Version { get; init; }

    /// <summary>The version as the school prints it ("Version 1:1", "V3"), or null to print <see cref="Version"/>.</summary>
    public string? VersionLabel { get; init; }

    public DateOnly? DateRatified { get; init; }

    /// <summary>Who ratified the version in force, as people read it ("Local governing body"); null when it is not ratified.</summary>
    public string? RatifiedBy { get; init; }

    /// <summary>The minute reference of the meeting that ratified the version in force, or null.</summary>
    public string? MinuteRef { get; init; }

    public DateOnly? DateImplemented { get; init; }

    /// <summary>For a proposed version built to send to the body that ratifies it, the notice that it is not in force; null for the version in force.</summary>
    public string? ProposedNotice { get; init; }

    public required DateOnly NextReview { get; init; }

    /// <summary>True when the next review is known only to the month ("June 2027"); <see cref="NextReview"/> is then its last day.</summary>
    public bool NextReviewMonthOnly { get; init; }

    /// <summary>How often the policy is reviewed, as people say it ("Annual"), or null.</summary>
    public string? ReviewCycle { get; init; }

    public required IReadOnlyList<ReviewHistoryEntry> History { get; init; }

    public required Organisation Organisation { get; init; }

    public required IReadOnlyList<Signatory> Signatories { get; init; }

    public required Branding Branding { get; init; }

    /// <summary>How the school numbers sections and clauses (its own, or the trust's); <see cref="PolicyDocument.Numbering"/> is what that gives each node.</summary>
    public required NumberingScheme NumberingScheme { get; init; }

    /// <summary>Who the document is addressed to when it must be accepted (e.g. "All staff"), or null.</summary>
    public string? AcceptedBy { get; init; }

    /// <summary>SHA-256 (hex) of every input that shaped this document; recorded in the document's properties.</summary>
    public required string InputHash { get; init; }

    /// <summary>For a redline, the two versions it compares; null for a policy's own document.</summary>
    public VersionComparison? Comparison { get; init; }

    /// <summary>
    /// The policy's number when it is one of a numbered set, such as a handbook's policy 7: sections print "7.1" and
    /// clauses "7.1.1". Null for a stand-alone policy.
    /// </summary>
    public int? PolicyNumber { get; init; }

    /// <summary>The parts around the body as the sources' layout resolves them, or null for the built-in layout.</summary>
    public DocumentLayout? Layout { get; init; }

    /// <summary>The layout to draw: the resolved one, else the built-in layout made from these fields.</summary>
    public DocumentLayout EffectiveLayout() => Layout ?? BuiltInLayout.For(this);

    /// <summary>BCP 47 language tag of the text.</summary>
    public string Language { get; init; } = "en-GB";
}
