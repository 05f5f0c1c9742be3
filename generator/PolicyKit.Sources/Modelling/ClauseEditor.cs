using PolicyKit.Model.Blocks;
using PolicyKit.Sources.Loading;

namespace PolicyKit.Sources.Modelling;

/// <summary>
/// Applies one school change (replace, remove, add before/after) to a policy body by clause id.
/// Next to a clause the new text makes clauses; next to any other block it makes blocks at that level.
/// </summary>
internal static class ClauseEditor
{
    /// <returns>The edited body, or null when no node has the target id.</returns>
    public static IReadOnlyList<Block>? Apply(IReadOnlyList<Block> body, ClauseChange change, IReadOnlyList<Block> text)
    {
        var edited = EditBlocks(body, change, text, out var found);
        return found ? edited : null;
    }

    private static List<Block> EditBlocks(IReadOnlyList<Block> blocks, ClauseChange change, IReadOnlyList<Block> text, out bool found)
    {
        var result = new List<Block>(blocks.Count + text.Count);
        found = false;
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (!found && block.Id == change.TargetId)
            {
                found = true;
                var sectionEnd = block is Heading heading ? SectionEnd(blocks, i, heading.Level) : i + 1;
                switch (change.Kind)
                {
                    case ClauseChangeKind.Replace:
                        result.AddRange(WithTargetId(text, change.TargetId));
                        break;
                    case ClauseChangeKind.Remove:
                        i = sectionEnd - 1;
                        break;
                    case ClauseChangeKind.AddBefore:
                        result.AddRange(text);
                        result.Add(block);
                        break;
                    case ClauseChangeKind.AddAfter:
                        // After a heading: a new section goes after the whole section, other text at its start.
                        var end = text.Count > 0 && text[0] is Heading ? sectionEnd : i + 1;
                        result.AddRange(blocks.Skip(i).Take(end - i));
                        result.AddRange(text);
                        i = end - 1;
                        break;
                }

                continue;
            }

            result.Add(found ? block : EditInside(block, change, text, ref found));
        }

        return result;
    }

    private static Block EditInside(Block block, ClauseChange change, IReadOnlyList<Block> text, ref bool found)
    {
        switch (block)
        {
            case ListBlock list:
                var items = EditItems(list.Items, change, text, out var inList);
                found = inList;
                return inList ? new ListBlock { Kind = list.Kind, Items = items, Span = list.Span, Attributes = list.Attributes } : list;
            case Quote quote:
                var inner = EditBlocks(quote.Blocks, change, text, out var inQuote);
                found = inQuote;
                return inQuote ? new Quote { Blocks = inner, Span = quote.Span, Attributes = quote.Attributes } : quote;
            default:
                return block;
        }
    }

    private static List<ListItem> EditItems(IReadOnlyList<ListItem> items, ClauseChange change, IReadOnlyList<Block> text, out bool found)
    {
        var result = new List<ListItem>(items.Count + 1);
        found = false;
        foreach (var item in items)
        {
            if (found)
            {
                result.Add(item);
                continue;
            }

            if (item.Id == change.TargetId)
            {
                found = true;
                var newItems = AsItems(text, change);
                switch (change.Kind)
                {
                    case ClauseChangeKind.Replace: result.AddRange(newItems.Select((n, k) => k == 0 && n.Id is null ? Identified(n, change.TargetId) : n)); break;
                    case ClauseChangeKind.Remove: break;
                    case ClauseChangeKind.AddBefore: result.AddRange(newItems); result.Add(item); break;
                    case ClauseChangeKind.AddAfter: result.Add(item); result.AddRange(newItems); break;
                }

                continue;
            }

            var blocks = EditBlocks(item.Blocks, change, text, out var inItem);
            found = inItem;
            result.Add(inItem ? new ListItem { Blocks = blocks, Span = item.Span, Attributes = item.Attributes } : item);
        }

        return result;
    }

    // Text written as a list ("1. …") gives its items; any other text becomes one clause.
    private static List<ListItem> AsItems(IReadOnlyList<Block> text, ClauseChange change)
    {
        if (text is [ListBlock list])
        {
            return [.. list.Items];
        }

        var span = text.Count > 0 ? text[0].Span : change.TargetSpan;
        var attributes = text.Count > 0 && text[0] is Paragraph { Id: not null } first ? first.Attributes : NodeAttributes.Empty;
        var blocks = text.Select((b, k) => k == 0 && b is Paragraph p ? new Paragraph { Content = p.Content, Span = p.Span } : b).ToList();
        return [new ListItem { Blocks = blocks, Span = span, Attributes = attributes }];
    }

    private static ListItem Identified(ListItem item, string id) =>
        new() { Blocks = item.Blocks, Span = item.Span, Attributes = NodeAttributes.WithId(id) };

    private static IEnumerable<Block> WithTargetId(IReadOnlyList<Block> text, string id) =>
        text.Select((b, k) => k == 0 && b.Id is null ? Identified(b, id) : b);

    private static Block Identified(Block block, string id) => block switch
    {
        Paragraph p => new Paragraph { Content = p.Content, Span = p.Span, Attributes = NodeAttributes.WithId(id) },
        Heading h => new Heading { Level = h.Level, Content = h.Content, Span = h.Span, Attributes = NodeAttributes.WithId(id) },
        _ => block,
    };

    private static int SectionEnd(IReadOnlyList<Block> blocks, int headingIndex, int level)
    {
        var end = headingIndex + 1;
        while (end < blocks.Count && !(blocks[end] is Heading next && next.Level <= level))
        {
            end++;
        }

        return end;
    }
}
