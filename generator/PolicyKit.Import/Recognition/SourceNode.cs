namespace PolicyKit.Import.Recognition;

/// <summary>A part of a policy's body as the source will write it. Text is Markdown with template fields already in it.</summary>
internal abstract record SourceNode;

/// <summary>A heading (<c>#</c> at level 1, <c>##</c> at 2) and what follows it up to the next heading of its level or above.</summary>
internal sealed record SectionNode(int Level, string Title, string Id, IReadOnlyList<SourceNode> Children) : SourceNode
{
    /// <summary>A warning about the heading itself (a level deeper than the source has), printed at its line.</summary>
    public ImportWarning? Warning { get; init; }
}

/// <summary>A clause (<c>1. text {#id}</c>); <paramref name="Children"/> are its sub-clauses and the blocks inside it.</summary>
internal sealed record ClauseNode(string Markdown, string Id, IReadOnlyList<SourceNode> Children) : SourceNode;

/// <summary>A plain paragraph; with an id it is an unnumbered clause.</summary>
internal sealed record ParagraphNode(string Markdown, string? Id) : SourceNode;

internal enum ListNodeKind
{
    /// <summary><c>- item</c></summary>
    Bullet,

    /// <summary><c>1) item</c>: steps or options, not clauses.</summary>
    Plain,
}

internal sealed record ListNode(ListNodeKind Kind, IReadOnlyList<ListItemNode> Items) : SourceNode;

internal sealed record ListItemNode(string Markdown, IReadOnlyList<SourceNode> Children);

/// <summary>A pipe table; the first row is the header row. Cells are Markdown on one line.</summary>
internal sealed record TableNode(IReadOnlyList<IReadOnlyList<string>> Rows) : SourceNode
{
    /// <summary>A warning about the table (cells that had to be flattened to one line), printed at its first line.</summary>
    public ImportWarning? Warning { get; init; }
}

/// <summary>Content the importer could not place, kept as Markdown where it stood, with the warning printed for its line.</summary>
internal sealed record KeptNode(string Markdown, ImportWarning Warning) : SourceNode;
