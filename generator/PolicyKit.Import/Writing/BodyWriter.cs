using PolicyKit.Import.Recognition;

namespace PolicyKit.Import.Writing;

/// <summary>
/// The body as the source format writes it (docs/source-format.md, "Body"): a blank line between blocks, clauses as
/// "1." indented three spaces a level with "{#id}" at the end of their first line, bullets "- ", steps "1)".
/// </summary>
internal sealed class BodyWriter(SourceLines lines)
{
    public void Blocks(IReadOnlyList<SourceNode> nodes, int indent)
    {
        var previousWasClause = false;
        foreach (var node in nodes)
        {
            // Clauses in a row form one list; anything else stands apart with a blank line.
            if (!(node is ClauseNode && previousWasClause))
            {
                lines.Blank();
            }

            Block(node, indent);
            previousWasClause = node is ClauseNode;
        }
    }

    private void Block(SourceNode node, int indent)
    {
        var pad = new string(' ', indent);
        switch (node)
        {
            case SectionNode section:
                Line(section.Warning, $"{pad}{new string('#', Math.Clamp(section.Level, 1, 2))} {section.Title} {{#{section.Id}}}");
                Blocks(section.Children, indent);
                break;
            case ClauseNode clause:
                lines.Add($"{pad}1. {clause.Markdown} {{#{clause.Id}}}");
                ClauseChildren(clause.Children, indent + 3);
                break;
            case ParagraphNode paragraph:
                lines.Add(pad + paragraph.Markdown + (paragraph.Id is { } id ? $" {{#{id}}}" : string.Empty));
                break;
            case ListNode list:
                foreach (var item in list.Items)
                {
                    var marker = list.Kind == ListNodeKind.Bullet ? "- " : "1) ";
                    lines.Add(pad + marker + item.Markdown);
                    ClauseChildren(item.Children, indent + marker.Length);
                }

                break;
            case TableNode table:
                Multiline(table.Warning, TableText.Markdown(table.Rows), pad);
                break;
            case KeptNode kept:
                Multiline(kept.Warning, kept.Markdown, pad);
                break;
            default:
                throw new InvalidOperationException($"No writer for {node.GetType().Name}.");
        }
    }

    // Sub-clauses follow their clause directly; other blocks inside a clause or item are set off by blank lines.
    private void ClauseChildren(IReadOnlyList<SourceNode> children, int indent)
    {
        var previousWasClause = true;
        foreach (var child in children)
        {
            if (!(child is ClauseNode && previousWasClause))
            {
                lines.Blank();
            }

            Block(child, indent);
            previousWasClause = child is ClauseNode;
        }
    }

    private void Line(ImportWarning? warning, string line)
    {
        if (warning is not null)
        {
            lines.Warn(lines.Count + 1, warning);
        }

        lines.Add(line);
    }

    private void Multiline(ImportWarning? warning, string markdown, string pad)
    {
        if (warning is not null)
        {
            lines.Warn(lines.Count + 1, warning);
        }

        foreach (var line in markdown.Split('\n'))
        {
            lines.Add(pad + line);
        }
    }
}
