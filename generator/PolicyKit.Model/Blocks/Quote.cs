namespace PolicyKit.Model.Blocks;

/// <summary>A block quotation, used in policies for quoted legislation or a highlighted note.</summary>
public sealed class Quote : Block
{
    public required IReadOnlyList<Block> Blocks { get; init; }

    internal override IReadOnlyList<Node> Children => Blocks;
}
