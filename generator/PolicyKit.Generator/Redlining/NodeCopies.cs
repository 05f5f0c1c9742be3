using PolicyKit.Model.Blocks;
using PolicyKit.Model.Revisions;

namespace PolicyKit.Generator.Redlining;

/// <summary>
/// Deep copies of model nodes carrying a revision mark. Every node of a redline is its own object, even when the two
/// versions share one (a clause taken out of a deleted section and added elsewhere), as the numbering needs.
/// </summary>
internal static class NodeCopies
{
    /// <param name="node">The node inserted, deleted or moved as a whole.</param>
    /// <param name="mark">The change.</param>
    /// <param name="keepId">Whether an id inside stays: the text that goes (deleted, moved away) gives up the ids the new version still uses, so each bookmark is written once.</param>
    public static T Marked<T>(T node, RevisionMark mark, Func<string, bool> keepId)
        where T : Node => (T)Copy(node, mark, keepId);

    private static Node Copy(Node node, RevisionMark? mark, Func<string, bool> keepId)
    {
        var attributes = node.Id is { } id && !keepId(id) ? node.Attributes with { Id = null } : node.Attributes;
        return node switch
        {
            Heading h => new Heading { Level = h.Level, Content = h.Content, Span = h.Span, Attributes = attributes, Revision = mark },
            Paragraph p => new Paragraph { Content = p.Content, Span = p.Span, Attributes = attributes, Revision = mark },
            ListBlock l => new ListBlock { Kind = l.Kind, Items = [.. l.Items.Select(i => (ListItem)Copy(i, null, keepId))], Span = l.Span, Attributes = attributes, Revision = mark },
            ListItem i => new ListItem { Blocks = Blocks(i.Blocks, keepId), Span = i.Span, Attributes = attributes, Revision = mark },
            Quote q => new Quote { Blocks = Blocks(q.Blocks, keepId), Span = q.Span, Attributes = attributes, Revision = mark },
            Table t => new Table { HeaderRows = t.HeaderRows, BodyRows = t.BodyRows, ColumnAlignments = t.ColumnAlignments, Span = t.Span, Attributes = attributes, Revision = mark },
            _ => throw new ArgumentException($"Unknown node {node.GetType().Name}.", nameof(node)),
        };
    }

    private static List<Block> Blocks(IEnumerable<Block> blocks, Func<string, bool> keepId) => [.. blocks.Select(b => (Block)Copy(b, null, keepId))];
}
