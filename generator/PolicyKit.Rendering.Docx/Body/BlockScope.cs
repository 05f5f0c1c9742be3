using PolicyKit.Rendering.Docx.Reference;

namespace PolicyKit.Rendering.Docx.Body;

/// <summary>
/// Where a block sits: the paragraph style to use, the indent of continuation text, the numbering level of the
/// enclosing list item (-1 outside lists) and how many clause lists enclose it.
/// </summary>
internal readonly record struct BlockScope(string ParagraphStyle, int Indent, int ListLevel, int ClauseDepth)
{
    public static BlockScope Root { get; } = new(StyleIds.BodyText, 0, -1, 0);
}
