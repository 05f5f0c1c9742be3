namespace PolicyKit.Import.Reading;

/// <summary>What a paragraph is for, from its style (following <c>w:basedOn</c>) and its place.</summary>
internal enum ParagraphKind
{
    Body,

    /// <summary>A heading: a Heading n style, a style based on one, or a paragraph with an outline level.</summary>
    Heading,

    /// <summary>The Title style.</summary>
    Title,

    /// <summary>The Subtitle style.</summary>
    Subtitle,

    /// <summary>An entry of a table of contents (TOC n styles, or inside a TOC field or contents control).</summary>
    ContentsEntry,
}

/// <summary>A paragraph: its runs, what its style makes it and the list it belongs to, if any.</summary>
internal sealed class ImportedParagraph(
    int ordinal,
    IReadOnlyList<ImportedRun> runs,
    ParagraphKind kind,
    int? headingLevel,
    string? styleName,
    ListMarker? list,
    IReadOnlyList<string> bookmarks,
    bool startsNewPage) : ImportedBlock(ordinal)
{
    /// <summary>The text's runs. A typed number ("7.6.1", "a.", "(i)") found at the start is taken out and given as <see cref="List"/>.</summary>
    public IReadOnlyList<ImportedRun> Runs { get; } = runs;

    public ParagraphKind Kind { get; } = kind;

    /// <summary>1–9 for a heading, else null.</summary>
    public int? HeadingLevel { get; } = headingLevel;

    /// <summary>The style's display name ("Heading 1", "List Paragraph"), or null for the default paragraph style.</summary>
    public string? StyleName { get; } = styleName;

    public ListMarker? List { get; } = list;

    /// <summary>The names of bookmarks that start in this paragraph, excluding Word's own (_Toc…, _GoBack, _Ref…).</summary>
    public IReadOnlyList<string> Bookmarks { get; } = bookmarks;

    /// <summary>A page break or "page break before" starts this paragraph (a cover or contents page ends here).</summary>
    public bool StartsNewPage { get; } = startsNewPage;

    /// <summary>The paragraph's text without its number, tabs as spaces, line breaks as "\n".</summary>
    public string Text => string.Concat(Runs.Select(r => r.Text));
}

/// <summary>Bold and italic, the only character formatting a policy source keeps.</summary>
[Flags]
internal enum RunStyle
{
    None = 0,
    Bold = 1,
    Italic = 2,
}

/// <summary>A stretch of text with one formatting; <paramref name="Link"/> is a web or mail address, or "#bookmark" for an internal link.</summary>
internal sealed record ImportedRun(string Text, RunStyle Style, string? Link = null);

/// <summary>Where a paragraph's number or bullet came from.</summary>
internal enum ListOrigin
{
    /// <summary>Word's own numbering: <c>w:numPr</c> in the paragraph or its style, counted per <c>w:num</c>.</summary>
    WordNumbering,

    /// <summary>A number typed at the start of the text ("1.", "a)", "7.6.1", "(iv)").</summary>
    TypedNumber,

    /// <summary>A bullet, from Word numbering or typed ("•", "-", "–").</summary>
    Bullet,
}

/// <summary>The kind of counter a number uses.</summary>
internal enum NumberStyle
{
    Decimal,

    /// <summary>A number with several parts, such as 7.6.1: the number of parts gives the depth.</summary>
    MultiLevelDecimal,
    LowerLetter,
    UpperLetter,
    LowerRoman,
    UpperRoman,
    Bullet,
}

/// <summary>A paragraph's list number or bullet.</summary>
/// <param name="Origin">Word numbering, a typed number or a bullet.</param>
/// <param name="Level">0-based list level: Word's <c>w:ilvl</c>; for a typed multi-part number its parts less one; -1 when only the context can tell (a typed "a." or "i.").</param>
/// <param name="Label">The number as the reader sees it, such as "7.6.1", "a.", "(i)", "•".</param>
/// <param name="Style">The counter's kind ("i." alone is read as roman; the recogniser may decide it is a letter from its neighbours).</param>
/// <param name="ListKey">Word's <c>w:numId</c> for Word numbering (paragraphs sharing it count together), else null.</param>
internal sealed record ListMarker(ListOrigin Origin, int Level, string Label, NumberStyle Style, string? ListKey);
