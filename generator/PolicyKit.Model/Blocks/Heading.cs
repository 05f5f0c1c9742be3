using PolicyKit.Model.Inlines;

namespace PolicyKit.Model.Blocks;

/// <summary>A section heading. Level 1 is a top-level section (numbered "1." or "1" in numbered schemes).</summary>
public sealed class Heading : Block
{
    public required int Level { get; init; }

    public required IReadOnlyList<Inline> Content { get; init; }

    internal override IEnumerable<Inline> OwnInlines => Content;
}
