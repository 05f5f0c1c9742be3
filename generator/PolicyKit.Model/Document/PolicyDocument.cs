using PolicyKit.Model.Blocks;
using PolicyKit.Model.Numbering;

namespace PolicyKit.Model.Document;

/// <summary>One policy as it applies to one school: metadata plus the expanded body. Every renderer starts here.</summary>
public sealed class PolicyDocument
{
    private DocumentNumbering? _numbering;

    public required DocumentInfo Info { get; init; }

    public required IReadOnlyList<Block> Body { get; init; }

    /// <summary>The level, number and list layout of every heading and clause under <see cref="DocumentInfo.NumberingScheme"/>, worked out on first use.</summary>
    public DocumentNumbering Numbering => LazyInitializer.EnsureInitialized(ref _numbering, () => DocumentNumbering.Of(this));
}
