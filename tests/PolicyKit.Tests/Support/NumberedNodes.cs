using PolicyKit.Model.Blocks;

namespace PolicyKit.Tests.Support;

/// <summary>The nodes the numbering rule gives a place to, in document order: headings and list items, quotes included.</summary>
internal static class NumberedNodes
{
    public static IEnumerable<Node> In(IEnumerable<Block> blocks)
    {
        foreach (var block in blocks)
        {
            var nodes = block switch
            {
                Heading heading => [heading],
                Quote quote => In(quote.Blocks),
                ListBlock list => list.Items.SelectMany(item => In(item.Blocks).Prepend(item)),
                _ => [],
            };
            foreach (var node in nodes)
            {
                yield return node;
            }
        }
    }
}
