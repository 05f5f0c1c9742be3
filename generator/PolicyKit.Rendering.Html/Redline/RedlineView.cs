using PolicyKit.Model.Blocks;
using PolicyKit.Model.Document;
using PolicyKit.Model.Inlines;
using PolicyKit.Model.Numbering;
using PolicyKit.Model.Revisions;

namespace PolicyKit.Rendering.Html.Redline;

/// <summary>
/// What a page needs to draw a redline: the numbers each of its two versions gives a clause (so accepting every change
/// leaves exactly the new numbers), where each move went, and every change in document order for the list at the top.
/// </summary>
internal sealed class RedlineView
{
    private readonly Dictionary<string, (string? From, string? To)> _moves = new(StringComparer.Ordinal);
    private readonly Dictionary<object, string> _changeIds = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<Node> _listItems = new(ReferenceEqualityComparer.Instance);

    private RedlineView(PolicyDocument document)
    {
        Old = DocumentNumbering.OfVersion(document, old: true);
        New = DocumentNumbering.OfVersion(document, old: false);
        foreach (var node in document.Body.Descendants())
        {
            if (node is ListBlock { Kind: ListKind.Numbered } list)
            {
                _listItems.UnionWith(list.Items);
            }

            if (node.Revision is { MoveName: { } name } mark)
            {
                var (from, to) = _moves.GetValueOrDefault(name);
                _moves[name] = mark.IsOld ? (Old.Label(node), to) : (from, New.Label(node));
            }
        }

        Changes = ChangeList(document);
    }

    public DocumentNumbering Old { get; }

    public DocumentNumbering New { get; }

    public IReadOnlyList<RedlineEntry> Changes { get; }

    /// <summary>The view of a redline, or null for a page with no tracked change.</summary>
    public static RedlineView? For(PolicyDocument document) =>
        document.Body.Descendants().Any(n => n.Revision is not null) || document.Body.Inlines().Any(i => i is TrackedChange)
            ? new RedlineView(document)
            : null;

    /// <summary>The number a moved clause had, and has.</summary>
    public (string? From, string? To) Move(string name) => _moves.GetValueOrDefault(name);

    /// <summary>The id the change list links to, when this block or inline starts a change.</summary>
    public string? ChangeId(object nodeOrInline) => _changeIds.GetValueOrDefault(nodeOrInline);

    // A changed block is one change with everything inside it; a block whose words changed is one change, linked at its first changed words.
    private List<RedlineEntry> ChangeList(PolicyDocument document)
    {
        var entries = new List<RedlineEntry>();
        var inside = new HashSet<Node>(ReferenceEqualityComparer.Instance);
        foreach (var node in document.Body.Descendants())
        {
            if (inside.Contains(node))
            {
                continue;
            }

            if (node.Revision is { } mark)
            {
                inside.UnionWith(new[] { node }.Descendants());
                entries.Add(Entry(node, mark, node, Describe(node, mark)));
            }
            else if (node is Paragraph or Heading or Table && new[] { node }.Inlines().OfType<TrackedChange>().FirstOrDefault() is { } words)
            {
                entries.Add(Entry(words, words.Mark, node, $"Words changed in {What(node, New.Label(node) ?? Old.Label(node))}"));
            }
        }

        return entries;
    }

    private RedlineEntry Entry(object target, RevisionMark mark, Node node, string text)
    {
        var id = "change-" + (_changeIds.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        _changeIds[target] = id;
        return new RedlineEntry(id, mark, text);
    }

    private string Describe(Node node, RevisionMark mark) => mark.Kind switch
    {
        RevisionKind.Inserted => $"Added {What(node, New.Label(node))}",
        RevisionKind.Deleted => $"Removed {What(node, Old.Label(node))}",
        RevisionKind.MovedFrom => $"Moved {What(node, Old.Label(node))} from here to {Move(mark.MoveName!).To ?? "a new place"}",
        _ => $"Moved {What(node, New.Label(node))} here from {Move(mark.MoveName!).From ?? "another place"}",
    };

    // "clause 4.1.2", "section 3", "item 2" (of a plain numbered list), "paragraph".
    private string What(Node node, string? number)
    {
        var what = node switch
        {
            Heading => "section",
            ListItem when _listItems.Contains(node) => "item",
            ListItem => "clause",
            Table => "table",
            Quote => "note",
            ListBlock => "list",
            _ => "paragraph",
        };
        return number is null ? what : $"{what} {number.TrimEnd('.')}";
    }
}
