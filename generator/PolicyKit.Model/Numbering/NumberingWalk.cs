using System.Globalization;
using PolicyKit.Model.Blocks;
using PolicyKit.Model.Document;

namespace PolicyKit.Model.Numbering;

/// <summary>
/// The numbering rule, applied in document order. It mirrors a Word multilevel list shared by numbered headings and
/// clauses: one counter per level, and using a level restarts every deeper one, so clause letters restart after
/// each numbered heading. A plain numbered list keeps its own count, like a Word list of its own.
/// </summary>
internal sealed class NumberingWalk
{
    private readonly NumberingScheme _scheme;
    private readonly string _prefix;
    private readonly Dictionary<Node, NodeNumber> _nodes;
    private readonly Dictionary<ListBlock, ListLayout> _lists;
    private readonly int[] _counters = new int[DocumentNumbering.MaxLevel + 1];
    private readonly Func<Node, bool> _counts;
    private int _headingLevel = -1;

    /// <param name="policyNumber">The policy's number, written in front of every section number ("7.1").</param>
    /// <param name="counts">Which nodes take part (with all inside them): in a redline, one version's.</param>
    public NumberingWalk(NumberingScheme scheme, int? policyNumber, Dictionary<Node, NodeNumber> nodes, Dictionary<ListBlock, ListLayout> lists, Func<Node, bool>? counts = null)
    {
        _scheme = scheme;
        _prefix = policyNumber is { } number ? number.ToString(CultureInfo.InvariantCulture) + "." : string.Empty;
        _nodes = nodes;
        _lists = lists;
        _counts = counts ?? (_ => true);
    }

    public void Walk(IEnumerable<Block> blocks) => Walk(blocks, new Depths(ListLevel: -1, Clauses: 0, Plain: -1));

    private void Walk(IEnumerable<Block> blocks, Depths depths)
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
                    WalkList(list, depths);
                    break;
                case Quote quote:
                    Walk(quote.Blocks, depths);
                    break;
            }
        }
    }

    private void WalkList(ListBlock list, Depths depths)
    {
        var layout = LayoutOf(list, depths);
        _lists.Add(list, layout);
        var inner = layout.Marker switch
        {
            ItemMarker.ListNumber => depths with { ListLevel = layout.Level, Plain = layout.Nesting },
            _ => depths with { ListLevel = layout.Level, Clauses = depths.Clauses + (list.Kind == ListKind.Clauses ? 1 : 0) },
        };
        var count = 0;
        foreach (var item in list.Items.Where(item => _counts(item)))
        {
            switch (layout.Marker)
            {
                case ItemMarker.Number:
                    Advance(layout.Level);
                    _nodes.Add(item, new NodeNumber(layout.Level, ClauseLabel(layout.Level)));
                    break;
                case ItemMarker.ListNumber:
                    _nodes.Add(item, new NodeNumber(layout.Level, ListNumberLabel(layout.Nesting, ++count)));
                    break;
                case ItemMarker.Bullet:
                    _nodes.Add(item, new NodeNumber(layout.Level, null));
                    break;
            }

            Walk(item.Blocks, inner);
        }
    }

    private ListLayout LayoutOf(ListBlock list, Depths depths)
    {
        var nested = Math.Min(depths.ListLevel + 1, DocumentNumbering.MaxLevel);
        if (list.Kind == ListKind.Bullets)
        {
            return new ListLayout(ItemMarker.Bullet, nested);
        }

        // Clauses written inside a plain numbered list cannot carry on the clause numbers, so they count as one more
        // plain list; in any scheme, since a plain list's numbers do not depend on it.
        if (list.Kind == ListKind.Numbered || depths.Plain >= 0)
        {
            return new ListLayout(ItemMarker.ListNumber, nested, depths.Plain + 1);
        }

        if (_scheme == NumberingScheme.Unnumbered)
        {
            // Top-level clauses are plain paragraphs, sub-clauses bullets.
            return depths.Clauses == 0 ? new ListLayout(ItemMarker.None, depths.ListLevel) : new ListLayout(ItemMarker.Bullet, nested);
        }

        return new ListLayout(ItemMarker.Number, depths.ListLevel >= 0 ? nested : TopClauseLevel);
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
        _scheme == NumberingScheme.Alpha ? _prefix + NumberText.Decimal(_counters[0]) + "." : Joined(level);

    // Alpha: "1." sections, "a." clauses, "i." sub-clauses, then decimal; Decimal: every level joined, "1.2.1".
    // The policy's number goes before the section numbers only: an alpha clause stays "a.".
    private string ClauseLabel(int level) => _scheme switch
    {
        NumberingScheme.Alpha => level switch
        {
            0 => _prefix + NumberText.Decimal(_counters[0]),
            1 => NumberText.Letters(_counters[1]),
            2 => NumberText.Roman(_counters[2]),
            _ => NumberText.Decimal(_counters[level]),
        } + ".",
        _ => Joined(level),
    };

    // "1.", "a.", "i." by how deep plain lists nest, as a typed list would be.
    private static string ListNumberLabel(int nesting, int count) => (nesting % 3) switch
    {
        0 => NumberText.Decimal(count),
        1 => NumberText.Letters(count),
        _ => NumberText.Roman(count),
    } + ".";

    private string Joined(int level) => _prefix + string.Join('.', _counters.Take(level + 1).Select(NumberText.Decimal));

    private void Advance(int level)
    {
        _counters[level]++;
        Array.Clear(_counters, level + 1, DocumentNumbering.MaxLevel - level);
    }

    /// <param name="ListLevel">The list level of the item the blocks belong to (-1 outside any list).</param>
    /// <param name="Clauses">How many clause lists the blocks sit inside.</param>
    /// <param name="Plain">The nesting of the plain numbered list they sit inside, or -1 outside any.</param>
    private readonly record struct Depths(int ListLevel, int Clauses, int Plain);
}
