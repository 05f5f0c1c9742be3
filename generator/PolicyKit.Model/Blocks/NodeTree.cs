using PolicyKit.Model.Inlines;

namespace PolicyKit.Model.Blocks;

/// <summary>
/// The one walk over the model tree. Every pass that needs all nodes or all inlines of a body (clause ids, links,
/// bookmarks, anchors) takes it from here rather than recursing on its own.
/// </summary>
public static class NodeTree
{
    /// <summary>
    /// The given nodes and every node inside them, depth first in document order: a list, its first item, that item's
    /// blocks, the next item…; for a body, every node it holds.
    /// </summary>
    public static IEnumerable<Node> Descendants(this IEnumerable<Node> nodes) => DepthFirst(nodes, node => node.Children);

    /// <summary>Every inline of the given nodes and the nodes inside them, in document order, a link or emphasis before the inlines it holds.</summary>
    public static IEnumerable<Inline> Inlines(this IEnumerable<Node> nodes) => nodes.Descendants().SelectMany(node => node.OwnInlines).Descendants();

    /// <summary>The given inlines and every inline inside them, depth first in document order.</summary>
    public static IEnumerable<Inline> Descendants(this IEnumerable<Inline> inlines) => DepthFirst(inlines, inline => inline.Children);

    // An explicit stack rather than nested iterators: each node is yielded once, not once per level above it.
    private static IEnumerable<T> DepthFirst<T>(IEnumerable<T> roots, Func<T, IReadOnlyList<T>> children)
    {
        var pending = new Stack<T>();
        PushInReverse(pending, roots as IReadOnlyList<T> ?? [.. roots]);
        while (pending.TryPop(out var item))
        {
            yield return item;
            PushInReverse(pending, children(item));
        }
    }

    private static void PushInReverse<T>(Stack<T> stack, IReadOnlyList<T> items)
    {
        for (var i = items.Count - 1; i >= 0; i--)
        {
            stack.Push(items[i]);
        }
    }
}
