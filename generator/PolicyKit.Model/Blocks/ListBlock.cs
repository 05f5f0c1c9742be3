namespace PolicyKit.Model.Blocks;

public sealed class ListBlock : Block
{
    public required ListKind Kind { get; init; }

    public required IReadOnlyList<ListItem> Items { get; init; }

    internal override IReadOnlyList<Node> Children => Items;
}
