using PolicyKit.Import.Reading;

namespace PolicyKit.Import.Recognition;

/// <summary>A policy recognised in a document: its front matter and its body as sections, clauses and blocks.</summary>
internal sealed class ImportedPolicy(
    string id,
    string title,
    string? numbering,
    ReadConfidence confidence,
    IReadOnlyList<KeyValuePair<string, object>> frontMatter,
    IReadOnlyList<SourceNode> body,
    IReadOnlyList<ImportWarning> warnings)
{
    public string Id { get; } = id;

    public string Title { get; } = title;

    /// <summary>"alpha", "decimal" or "unnumbered" as detected, or null when the document gives no sign.</summary>
    public string? Numbering { get; } = numbering;

    public ReadConfidence Confidence { get; } = confidence;

    /// <summary>
    /// Front matter keys in the order they are written (id and title first). Values are strings, integers, booleans,
    /// or for <c>version-history</c> a list of ordered key/value lists, one per version.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, object>> FrontMatter { get; } = frontMatter;

    public IReadOnlyList<SourceNode> Body { get; } = body;

    public IReadOnlyList<ImportWarning> Warnings { get; } = warnings;

    /// <summary>
    /// The ratification date the document's metadata table prints (YYYY-MM-DD), or null. In a school's copy it is that
    /// school's own ratification, which may differ from the dates in the review history (the trust's).
    /// </summary>
    public string? RatifiedAsPrinted { get; init; }
}

/// <summary>Something the importer could not place with confidence, at a paragraph of the original.</summary>
/// <param name="Code">A PK13xx diagnostic code.</param>
/// <param name="Ordinal">The original's paragraph or table (<see cref="ImportedBlock.Ordinal"/>), or null for the whole document.</param>
internal sealed record ImportWarning(string Code, string Message, int? Ordinal);
