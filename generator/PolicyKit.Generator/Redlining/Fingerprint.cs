using System.Text;
using PolicyKit.Model.Blocks;
using PolicyKit.Model.Inlines;

namespace PolicyKit.Generator.Redlining;

/// <summary>Everything a reader sees of a node, as one string: two nodes with the same fingerprint need no change marked.</summary>
internal static class Fingerprint
{
    public static string Of(Node node)
    {
        var builder = new StringBuilder();
        Append(node, builder);
        return builder.ToString();
    }

    private static void Append(Node node, StringBuilder builder)
    {
        builder.Append('{').Append(node.Id).Append('|').AppendJoin(' ', node.Attributes.Classes).Append('|');
        switch (node)
        {
            case Heading heading:
                builder.Append('H').Append(heading.Level);
                Append(heading.Content, builder);
                break;
            case Paragraph paragraph:
                builder.Append('P');
                Append(paragraph.Content, builder);
                break;
            case ListBlock list:
                builder.Append('L').Append(list.Kind);
                foreach (var item in list.Items)
                {
                    Append(item, builder);
                }

                break;
            case ListItem item:
                builder.Append('I');
                foreach (var block in item.Blocks)
                {
                    Append(block, builder);
                }

                break;
            case Quote quote:
                builder.Append('Q');
                foreach (var block in quote.Blocks)
                {
                    Append(block, builder);
                }

                break;
            case Table table:
                builder.Append('T').AppendJoin(',', table.ColumnAlignments).Append('|').Append(table.HeaderRows.Count);
                foreach (var cell in table.HeaderRows.Concat(table.BodyRows).SelectMany(r => r.Cells.Append(null)))
                {
                    if (cell is null)
                    {
                        builder.Append('/');
                    }
                    else
                    {
                        Append(cell.Content, builder);
                    }
                }

                break;
            default:
                throw new ArgumentException($"Unknown node {node.GetType().Name}.", nameof(node));
        }

        builder.Append('}');
    }

    private static void Append(IEnumerable<Inline> inlines, StringBuilder builder)
    {
        builder.Append('[');
        foreach (var token in InlineTokens.Of(inlines))
        {
            builder.Append(token.Key).Append('\u0002');
        }

        builder.Append(']');
    }
}
