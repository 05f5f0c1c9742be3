using PolicyKit.Model.Blocks;

namespace PolicyKit.Model.Document;

/// <summary>One policy as it applies to one school: metadata plus the expanded body. Every renderer starts here.</summary>
public sealed class PolicyDocument
{
    public required DocumentInfo Info { get; init; }

    public required IReadOnlyList<Block> Body { get; init; }
}
