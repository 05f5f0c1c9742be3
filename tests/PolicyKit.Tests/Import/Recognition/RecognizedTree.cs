using System.Text;
using PolicyKit.Import.Recognition;

namespace PolicyKit.Tests.Import.Recognition;

/// <summary>A recognised body as an indented outline, so a test compares the whole tree at once.</summary>
internal static class RecognizedTree
{
    public static string Of(IReadOnlyList<SourceNode> nodes)
    {
        var text = new StringBuilder();
        Write(nodes, 0, text);
        return text.ToString().TrimEnd();
    }

    private static void Write(IReadOnlyList<SourceNode> nodes, int depth, StringBuilder text)
    {
        var pad = new string(' ', depth * 2);
        foreach (var node in nodes)
        {
            switch (node)
            {
                case SectionNode s:
                    text.Append(pad).Append(new string('#', s.Level)).Append(' ').Append(s.Title).Append('\n');
                    Write(s.Children, depth + 1, text);
                    break;
                case ClauseNode c:
                    text.Append(pad).Append("clause ").Append(c.Markdown).Append('\n');
                    Write(c.Children, depth + 1, text);
                    break;
                case ParagraphNode p:
                    text.Append(pad).Append("para ").Append(p.Markdown).Append('\n');
                    break;
                case ListNode l:
                    foreach (var item in l.Items)
                    {
                        text.Append(pad).Append(l.Kind == ListNodeKind.Bullet ? "- " : "1) ").Append(item.Markdown).Append('\n');
                        Write(item.Children, depth + 1, text);
                    }

                    break;
                case TableNode t:
                    text.Append(pad).Append("table ").Append(t.Rows.Count).Append(" rows\n");
                    break;
                case KeptNode k:
                    text.Append(pad).Append("kept ").Append(k.Markdown).Append('\n');
                    break;
            }
        }
    }
}
