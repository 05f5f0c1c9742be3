using PolicyKit.Model.Blocks;

namespace PolicyKit.Tests.Support;

/// <summary>The nodes the numbering rule gives a place to, in document order: headings and list items, quotes included.</summary>
internal static class NumberedNodes
{
    public static IEnumerable<Node> In(IEnumerable<Block> blocks) => blocks.Descendants().Where(node => node is Heading or ListItem);
}
