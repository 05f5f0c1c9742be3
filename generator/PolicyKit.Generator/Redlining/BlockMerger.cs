using PolicyKit.Model.Blocks;
using PolicyKit.Model.Document;
using PolicyKit.Model.Inlines;
using PolicyKit.Model.Revisions;

namespace PolicyKit.Generator.Redlining;

/// <summary>
/// Merges the bodies of two versions into one body with every change marked. At each level blocks and clauses are
/// aligned by clause id where they have one and by content where not; a pair left over in a changed run (a reworded
/// paragraph without an id) is merged word by word. A clause whose id is only removed in one place and only added in
/// another was moved, wherever it went.
/// </summary>
internal sealed class BlockMerger
{
    private const int ExcerptLength = 80;

    private readonly RevisionMark _inserted;
    private readonly RevisionMark _deleted;
    private readonly IReadOnlyDictionary<string, Node> _movedFrom;
    private readonly Dictionary<Node, string> _oldNumbers;
    private readonly Dictionary<Node, string> _newNumbers;
    private readonly HashSet<string> _newIds;

    public BlockMerger(PolicyDocument old, PolicyDocument @new, string author, DateOnly date, IReadOnlyDictionary<string, Node> movedFrom)
    {
        _inserted = new RevisionMark(RevisionKind.Inserted, author, date);
        _deleted = new RevisionMark(RevisionKind.Deleted, author, date);
        _movedFrom = movedFrom;
        _oldNumbers = ClauseNumbers.Of(old);
        _newNumbers = ClauseNumbers.Of(@new);
        _newIds = [.. @new.Body.Descendants().Select(n => n.Id).OfType<string>()];
        Author = author;
        Date = date;
    }

    public string Author { get; }

    public DateOnly Date { get; }

    /// <summary>Each change found, in the order of the merged document.</summary>
    public List<RedlineChange> Changes { get; } = [];

    /// <summary>Nodes with an id that were removed as a whole, by id: the candidates for a move.</summary>
    public Dictionary<string, Node> RemovedById { get; } = new(StringComparer.Ordinal);

    /// <summary>Ids of nodes added as a whole.</summary>
    public HashSet<string> AddedIds { get; } = new(StringComparer.Ordinal);

    public List<Block> MergeBlocks(IReadOnlyList<Block> old, IReadOnlyList<Block> @new) =>
        MergeSequence(old, @new, MergePair, "paragraph");

    private List<T> MergeSequence<T>(IReadOnlyList<T> old, IReadOnlyList<T> @new, Func<T, T, IEnumerable<T>> mergePair, string what)
        where T : Node
    {
        var merged = new List<T>();
        foreach (var hunk in SequenceDiff.Align([.. old.Select(Key)], [.. @new.Select(Key)]))
        {
            if (hunk.Equal)
            {
                for (var k = 0; k < hunk.OldCount; k++)
                {
                    merged.AddRange(mergePair(old[hunk.OldStart + k], @new[hunk.NewStart + k]));
                }

                continue;
            }

            // In a changed run, a block without an id that lines up with one of the same kind was reworded, not replaced.
            var (i, oldEnd) = (hunk.OldStart, hunk.OldStart + hunk.OldCount);
            var (j, newEnd) = (hunk.NewStart, hunk.NewStart + hunk.NewCount);
            while (i < oldEnd || j < newEnd)
            {
                if (i < oldEnd && j < newEnd && Pairable(old[i], @new[j]))
                {
                    merged.AddRange(mergePair(old[i++], @new[j++]));
                }
                else if (i < oldEnd && (j == newEnd || !Enumerable.Range(j, newEnd - j).Any(n => Pairable(old[i], @new[n]))))
                {
                    merged.Add(Removed(old[i++], what));
                }
                else
                {
                    merged.Add(Added(@new[j++], what));
                }
            }
        }

        return merged;
    }

    private IEnumerable<Block> MergePair(Block old, Block @new)
    {
        if (Fingerprint.Of(old) == Fingerprint.Of(@new))
        {
            return [@new];
        }

        switch (old, @new)
        {
            case (Heading o, Heading n):
                Reworded(o, n, "section", o.Content, n.Content);
                return [new Heading { Level = n.Level, Content = Words(o.Content, n.Content), Span = n.Span, Attributes = n.Attributes }];
            case (Paragraph o, Paragraph n):
                Reworded(o, n, "paragraph", o.Content, n.Content);
                return [new Paragraph { Content = Words(o.Content, n.Content), Span = n.Span, Attributes = n.Attributes }];
            case (ListBlock o, ListBlock n) when o.Kind == n.Kind:
                var what = n.Kind switch { ListKind.Clauses => "clause", ListKind.Numbered => "item", _ => "bullet" };
                return [new ListBlock { Kind = n.Kind, Items = MergeSequence(o.Items, n.Items, (a, b) => MergeItem(a, b, what), what), Span = n.Span, Attributes = n.Attributes }];
            case (Quote o, Quote n):
                return [new Quote { Blocks = MergeBlocks(o.Blocks, n.Blocks), Span = n.Span, Attributes = n.Attributes }];
            default:
                // A table, or a block that changed kind: the old one out, the new one in.
                return [Removed(old, What(old)), Added(@new, What(@new))];
        }
    }

    private IEnumerable<ListItem> MergeItem(ListItem old, ListItem @new, string what)
    {
        if (Fingerprint.Of(old) == Fingerprint.Of(@new))
        {
            return [@new];
        }

        // The clause's own words are its first paragraph; its sub-clauses report their own changes.
        if (old.Blocks.Count > 0 && old.Blocks[0] is Paragraph o && @new.Blocks.Count > 0 && @new.Blocks[0] is Paragraph n)
        {
            Reworded(old, @new, what, o.Content, n.Content);
            var rest = MergeBlocks(old.Blocks.Skip(1).ToList(), @new.Blocks.Skip(1).ToList());
            var first = Fingerprint.Of(o) == Fingerprint.Of(n) ? n : new Paragraph { Content = Words(o.Content, n.Content), Span = n.Span, Attributes = n.Attributes };
            return [new ListItem { Blocks = [first, .. rest], Span = @new.Span, Attributes = @new.Attributes }];
        }

        return [new ListItem { Blocks = MergeBlocks(old.Blocks, @new.Blocks), Span = @new.Span, Attributes = @new.Attributes }];
    }

    private T Removed<T>(T old, string what)
        where T : Node
    {
        if (old.Id is { } id)
        {
            RemovedById.TryAdd(id, old);
            if (_movedFrom.ContainsKey(id))
            {
                return NodeCopies.Marked(old, _deleted with { Kind = RevisionKind.MovedFrom, MoveName = MoveName(id) }, KeepOldId);
            }
        }

        Changes.Add(new RedlineChange(RedlineChangeKind.Removed, what, old.Id, _oldNumbers.GetValueOrDefault(old), null, Excerpt(old)));
        return NodeCopies.Marked(old, _deleted, KeepOldId);
    }

    private T Added<T>(T @new, string what)
        where T : Node
    {
        if (@new.Id is { } id)
        {
            AddedIds.Add(id);
            if (_movedFrom.TryGetValue(id, out var old))
            {
                var reworded = Fingerprint.Of(old) != Fingerprint.Of(@new);
                Changes.Add(new RedlineChange(RedlineChangeKind.Moved, what, id, _oldNumbers.GetValueOrDefault(old), _newNumbers.GetValueOrDefault(@new), Excerpt(@new), reworded));
                return NodeCopies.Marked(@new, _inserted with { Kind = RevisionKind.MovedTo, MoveName = MoveName(id) }, KeepNewId);
            }
        }

        Changes.Add(new RedlineChange(RedlineChangeKind.Added, what, @new.Id, null, _newNumbers.GetValueOrDefault(@new), Excerpt(@new)));
        return NodeCopies.Marked(@new, _inserted, KeepNewId);
    }

    private void Reworded(Node old, Node @new, string what, IReadOnlyList<Inline> oldWords, IReadOnlyList<Inline> newWords)
    {
        if (Fingerprint.Of(new Paragraph { Content = oldWords }) != Fingerprint.Of(new Paragraph { Content = newWords }))
        {
            Changes.Add(new RedlineChange(RedlineChangeKind.Reworded, what, @new.Id, _oldNumbers.GetValueOrDefault(old), _newNumbers.GetValueOrDefault(@new), Excerpt(@new)));
        }
    }

    private static bool KeepNewId(string id) => true;

    private bool KeepOldId(string id) => !_newIds.Contains(id);

    private List<Inline> Words(IReadOnlyList<Inline> old, IReadOnlyList<Inline> @new) => WordDiff.Merge(old, @new, _deleted, _inserted);

    // Word's move names are plain strings; the clause id makes the pair easy to find in the XML.
    private static string MoveName(string id) => "move-" + id;

    private static string Key(Node node) => node switch
    {
        _ when node.Id is { } id => "#" + id,
        ListBlock list => "list:" + list.Kind,
        Quote => "quote",
        _ => Fingerprint.Of(node),
    };

    private static bool Pairable(Node old, Node @new) => old.Id is null && @new.Id is null && (old, @new) switch
    {
        (ListBlock o, ListBlock n) => o.Kind == n.Kind,
        (Table, Table) => false,
        _ => old.GetType() == @new.GetType(),
    };

    private static string What(Node node) => node switch
    {
        Heading => "section",
        Table => "table",
        Quote => "note",
        ListBlock => "list",
        _ => "paragraph",
    };

    private static string Excerpt(Node node)
    {
        var text = new[] { node }.Descendants().FirstOrDefault(n => n is Heading or Paragraph or Table) switch
        {
            Heading h => InlineText.Flatten(h.Content),
            Paragraph p => InlineText.Flatten(p.Content),
            Table t => string.Join(" | ", t.HeaderRows.Concat(t.BodyRows).Take(1).SelectMany(r => r.Cells).Select(c => InlineText.Flatten(c.Content))),
            _ => string.Empty,
        };
        text = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return text.Length <= ExcerptLength ? text : text[..ExcerptLength].TrimEnd() + "\u2026";
    }
}
