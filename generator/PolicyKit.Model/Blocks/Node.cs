using PolicyKit.Model.Diagnostics;
using PolicyKit.Model.Inlines;
using PolicyKit.Model.Revisions;

namespace PolicyKit.Model.Blocks;

/// <summary>Base of every block: where it came from and its attributes (clause id, classes).</summary>
public abstract class Node
{
    public SourceSpan Span { get; init; }

    public NodeAttributes Attributes { get; init; } = NodeAttributes.Empty;

    /// <summary>The clause id (from <c>{#id}</c> in the source), or null.</summary>
    public string? Id => Attributes.Id;

    /// <summary>In a redline, the change that inserted, deleted or moved this node and everything inside it; null elsewhere.</summary>
    public RevisionMark? Revision { get; init; }

    /// <summary>Every node inside this one, depth first in document order.</summary>
    public IEnumerable<Node> Descendants() => Children.Descendants();

    /// <summary>The nodes directly inside this one, in document order: a list's items, an item's or a quote's blocks.</summary>
    internal virtual IReadOnlyList<Node> Children => [];

    /// <summary>The inlines written on this node itself (not on the nodes inside it).</summary>
    internal virtual IEnumerable<Inline> OwnInlines => [];
}
