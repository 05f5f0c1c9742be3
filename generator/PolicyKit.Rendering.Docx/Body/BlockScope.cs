using PolicyKit.Rendering.Docx.Reference;

namespace PolicyKit.Rendering.Docx.Body;

/// <summary>Where a block sits: the paragraph style to use and the indent of continuation text.</summary>
internal readonly record struct BlockScope(string ParagraphStyle, int Indent)
{
    public static BlockScope Root { get; } = new(StyleIds.BodyText, 0);
}
