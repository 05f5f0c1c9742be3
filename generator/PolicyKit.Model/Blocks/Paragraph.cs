using PolicyKit.Model.Inlines;

namespace PolicyKit.Model.Blocks;

public sealed class Paragraph : Block
{
    public required IReadOnlyList<Inline> Content { get; init; }

    internal override IEnumerable<Inline> OwnInlines => Content;
}
