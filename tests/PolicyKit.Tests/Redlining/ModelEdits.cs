using PolicyKit.Model.Blocks;
using PolicyKit.Model.Document;
using PolicyKit.Model.Inlines;

namespace PolicyKit.Tests.Redlining;

/// <summary>The edits a policy writer makes between versions, applied to a document model: insert, delete, move and reword clauses.</summary>
internal static class ModelEdits
{
    private static readonly string[] Words = ["staff", "must", "report", "any", "device", "within", "one", "working", "day", "governors", "review", "annually"];

    public static PolicyDocument Apply(PolicyDocument document, IEnumerable<Edit> edits)
    {
        var body = document.Body;
        var added = 0;
        foreach (var edit in edits)
        {
            var lists = body.Descendants().OfType<ListBlock>().Where(l => l.Items.Count > 0).ToList();
            if (lists.Count == 0)
            {
                break;
            }

            var list = lists[edit.List % lists.Count];
            var index = edit.Item % list.Items.Count;
            var item = list.Items[index];
            switch (edit.Kind)
            {
                case EditKind.Insert:
                    var text = string.Join(' ', Enumerable.Range(0, 3 + (edit.Extra % 5)).Select(i => Words[(edit.Extra + (i * 7)) % Words.Length])) + ".";
                    var inserted = new ListItem { Blocks = [new Paragraph { Content = [new TextRun(text)] }], Attributes = NodeAttributes.WithId($"added-{edit.Extra}-{added++}") };
                    body = Replace(body, list, WithItems(list, [.. list.Items.Take(index), inserted, .. list.Items.Skip(index)]));
                    break;
                case EditKind.Delete:
                    body = Replace(body, list, WithItems(list, [.. list.Items.Where((_, i) => i != index)]));
                    break;
                case EditKind.Move:
                    body = Replace(body, list, WithItems(list, [.. list.Items.Where((_, i) => i != index)]));
                    var targets = body.Descendants().OfType<ListBlock>().Where(l => l.Kind == list.Kind).ToList();
                    var target = targets.Count == 0 ? null : targets[edit.Extra % targets.Count];
                    if (target is null)
                    {
                        body = [.. body, new ListBlock { Kind = list.Kind, Items = [item] }];
                    }
                    else
                    {
                        var at = edit.Extra % (target.Items.Count + 1);
                        body = Replace(body, target, WithItems(target, [.. target.Items.Take(at), item, .. target.Items.Skip(at)]));
                    }

                    break;
                default:
                    if (item.Blocks.Count > 0 && item.Blocks[0] is Paragraph first)
                    {
                        var reworded = new Paragraph { Content = Reword(first.Content, edit.Extra), Attributes = first.Attributes };
                        body = Replace(body, item, new ListItem { Blocks = [reworded, .. item.Blocks.Skip(1)], Attributes = item.Attributes });
                    }

                    break;
            }
        }

        return new PolicyDocument { Info = document.Info, Body = body };
    }

    // Replaces, inserts or removes a word in the first text run, keeping links and bold around it as they are.
    private static List<Inline> Reword(IReadOnlyList<Inline> content, int seed)
    {
        var result = content.ToList();
        var at = result.FindIndex(i => i is TextRun);
        var replacement = Words[seed % Words.Length];
        if (at < 0)
        {
            result.Add(new TextRun(" " + replacement));
            return result;
        }

        var words = ((TextRun)result[at]).Text.Split(' ').ToList();
        var position = seed % words.Count;
        switch (seed % 3)
        {
            case 0: words[position] = replacement; break;
            case 1: words.Insert(position, replacement); break;
            default: words.RemoveAt(position); break;
        }

        result[at] = new TextRun(string.Join(' ', words));
        return result;
    }

    private static ListBlock WithItems(ListBlock list, List<ListItem> items) =>
        new() { Kind = list.Kind, Items = items, Attributes = list.Attributes };

    private static IReadOnlyList<Block> Replace(IReadOnlyList<Block> blocks, Node target, Node? replacement) =>
        [.. blocks.Select(b => (Block)Replace(b, target, replacement)!).Where(b => b is not null)];

    private static Node? Replace(Node node, Node target, Node? replacement)
    {
        if (ReferenceEquals(node, target))
        {
            return replacement;
        }

        if (!node.Descendants().Any(d => ReferenceEquals(d, target)))
        {
            return node;
        }

        return node switch
        {
            ListBlock l => new ListBlock { Kind = l.Kind, Items = [.. l.Items.Select(i => (ListItem)Replace(i, target, replacement)!)], Attributes = l.Attributes },
            ListItem i => new ListItem { Blocks = Replace(i.Blocks, target, replacement), Attributes = i.Attributes },
            Quote q => new Quote { Blocks = Replace(q.Blocks, target, replacement), Attributes = q.Attributes },
            _ => node,
        };
    }
}

internal enum EditKind
{
    Insert,
    Delete,
    Move,
    Reword,
}

/// <summary>One edit: which list and item (taken modulo what the document has when it is applied), and a number that varies the rest.</summary>
internal sealed record Edit(EditKind Kind, int List, int Item, int Extra);
