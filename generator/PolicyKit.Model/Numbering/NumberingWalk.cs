using PolicyKit.Model.Blocks;
using PolicyKit.Model.Document;

namespace PolicyKit.Model.Numbering;

/// <summary>
/// The numbering rule, applied in document order. It mirrors a Word multilevel list shared by numbered headings and
/// clauses: one counter per level, and using a level restarts every deeper one, so clause letters restart after
/// each numbered heading.
/// </summary>
internal sealed class NumberingWalk
{
    private readonly NumberingScheme _scheme;
    private readonly Dictionary<Node, NodeNumber> _nodes;
    private readonly Dictionary<ListBlock, ListLayout> _lists;
    private readonly int[] _counters = new int[DocumentNumbering.MaxLevel + 1];
    private readonly Func<Node, bool> _counts;
    private int _headingLevel = -1;

    /// <param name="counts">Which nodes take part (with all inside them): in a redline, one version's.</param>
    public NumberingWalk(NumberingScheme scheme, Dictionary<Node, NodeNumber> nodes, Dictionary<ListBlock, ListLayout> lists, Func<Node, bool>? counts = null)
    {
        _scheme = scheme;
        _nodes = nodes;
        _lists = lists;
        _counts = counts ?? (_ => true);
    }

    public void Walk(IEnumerable<Block> blocks) => Walk(blocks, listLevel: -1, clauseDepth: 0);

    private void Walk(IEnumerable<Block> blocks, int listLevel, int clauseDepth)
    {
        foreach (var block in blocks.Where(block => _counts(block)))
        {
            switch (block)
            {
                case Heading heading when HeadingLevel(heading.Level) is { } level:
                    Advance(level);
                    _headingLevel = level;
                    _nodes.Add(heading, new NodeNumber(level, HeadingLabel(level)));
                    break;
                case ListBlock list:
                    WalkList(list, listLevel, clauseDepth);
                    break;
                case Quote quote:
                    Walk(quote.Blocks, listLevel, clauseDepth);
                    break;
            }
        }
    }

    private void WalkList(ListBlock list, int listLevel, int clauseDepth)
    {
        var layout = LayoutOf(list, listLevel, clauseDepth);
        _lists.Add(list, layout);
        foreach (var item in list.Items.Where(item => _counts(item)))
        {
            switch (layout.Marker)
            {
                case ItemMarker.Number:
                    Advance(layout.Level);
                    _nodes.Add(item, new NodeNumber(layout.Level, ClauseLabel(layout.Level)));
                    break;
                case ItemMarker.Bullet:
                    _nodes.Add(item, new NodeNumber(layout.Level, null));
                    break;
            }

            Walk(item.Blocks, layout.Level, clauseDepth + (list.Kind == ListKind.Clauses ? 1 : 0));
        }
    }

    private ListLayout LayoutOf(ListBlock list, int listLevel, int clauseDepth)
    {
        var nested = Math.Min(listLevel + 1, DocumentNumbering.MaxLevel);
        if (list.Kind == ListKind.Bullets)
        {
            return new ListLayout(ItemMarker.Bullet, nested);
        }

        if (_scheme == NumberingScheme.Unnumbered)
        {
            // Top-level clauses are plain paragraphs, sub-clauses bullets.
            return clauseDepth == 0 ? new ListLayout(ItemMarker.None, listLevel) : new ListLayout(ItemMarker.Bullet, nested);
        }

        return new ListLayout(ItemMarker.Number, listLevel >= 0 ? nested : TopClauseLevel);
    }

    // Sections: level 1 only in Alpha ("1."), levels 1–3 in Decimal ("1", "1.2", "1.2.1"). Headings are drawn at
    // levels 1–3, so a deeper heading numbers as level 3 and a hand-built level 0 as level 1.
    private int? HeadingLevel(int depth) => _scheme switch
    {
        NumberingScheme.Alpha => depth <= 1 ? 0 : null,
        NumberingScheme.Decimal => Math.Clamp(depth, 1, 3) - 1,
        _ => null,
    };

    // "a." in Alpha; in Decimal one level below the last numbered heading ("1.1" under "1", "1.2.1" under "1.2").
    private int TopClauseLevel => _scheme == NumberingScheme.Alpha ? 1 : Math.Min(_headingLevel + 1, DocumentNumbering.MaxLevel);

    private string HeadingLabel(int level) =>
        _scheme == NumberingScheme.Alpha ? NumberText.Decimal(_counters[0]) + "." : Joined(level);

    // Alpha: "1." sections, "a." clauses, "i." sub-clauses, then decimal; Decimal: every level joined, "1.2.1".
    private string ClauseLabel(int level) => _scheme switch
    {
        NumberingScheme.Alpha => level switch
        {
            1 => NumberText.Letters(_counters[1]),
            2 => NumberText.Roman(_counters[2]),
            _ => NumberText.Decimal(_counters[level]),
        } + ".",
        _ => Joined(level),
    };

    private string Joined(int level) => string.Join('.', _counters.Take(level + 1).Select(NumberText.Decimal));

    private void Advance(int level)
    {
        _counters[level]++;
        Array.Clear(_counters, level + 1, DocumentNumbering.MaxLevel - level);
    }
}
