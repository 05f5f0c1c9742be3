namespace PolicyKit.Model.Blocks;

/// <summary>One clause or bullet. Its first block is usually a paragraph; nested lists follow it.</summary>
public sealed class ListItem : Node
{
    public required IReadOnlyList<Block> Blocks { get; init; }

    internal override IReadOnlyList<Node> Children => Blocks;
}
