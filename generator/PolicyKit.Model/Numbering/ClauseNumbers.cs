using System.Globalization;
using System.Runtime.CompilerServices;
using PolicyKit.Model.Blocks;
using PolicyKit.Model.Document;

namespace PolicyKit.Model.Numbering;

/// <summary>
/// The number each heading and clause shows under the document's scheme ("3.", "b.", "ii.", "1.2.1"), worked out
/// once so that every output (Word's own list numbering, the contents, HTML) shows the same numbers.
/// Mirrors Word's multilevel list: one counter per level, and using a level restarts every deeper one.
/// </summary>
public sealed class ClauseNumbers
{
    public const int MaxLevel = 8;

    private readonly ConditionalWeakTable<Node, NumberedNode> _numbers = [];
    private readonly int[] _counters = new int[MaxLevel + 1];
    private readonly NumberingScheme _scheme;
    private int _headingLevel = -1;

    private ClauseNumbers(NumberingScheme scheme) => _scheme = scheme;

    public static ClauseNumbers For(PolicyDocument document)
    {
        var numbers = new ClauseNumbers(document.Info.Numbering);
        numbers.Walk(document.Body, listLevel: -1, clauseDepth: 0);
        return numbers;
    }

    /// <summary>The number shown before a heading or clause, or null when it has none (bullets, unnumbered scheme).</summary>
    public string? Label(Node node) => _numbers.TryGetValue(node, out var numbered) ? numbered.Label : null;

    /// <summary>The list level a heading or clause is numbered at (0 = top), or null when it has no number.</summary>
    public int? Level(Node node) => _numbers.TryGetValue(node, out var numbered) ? numbered.Level : null;

    /// <summary>The level a heading of this depth (1–3) is numbered at under a scheme, or null when unnumbered.</summary>
    public static int? HeadingLevel(NumberingScheme scheme, int depth) => scheme switch
    {
        NumberingScheme.Alpha => depth == 1 ? 0 : null,
        NumberingScheme.Decimal => Math.Clamp(depth, 1, 3) - 1,
        _ => null,
    };

    private void Walk(IEnumerable<Block> blocks, int listLevel, int clauseDepth)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case Heading heading when HeadingLevel(_scheme, heading.Level) is { } level:
                    Advance(level);
                    _headingLevel = level;
                    _numbers.Add(heading, new NumberedNode(level, HeadingLabel(level)));
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
        var nested = Math.Min(listLevel + 1, MaxLevel);
        var numbered = list.Kind == ListKind.Clauses && _scheme != NumberingScheme.Unnumbered;
        // Unnumbered scheme: top-level clauses are plain paragraphs (no level), deeper ones bullets.
        var level = list.Kind == ListKind.Bullets || _scheme != NumberingScheme.Unnumbered || clauseDepth > 0
            ? (numbered && listLevel < 0 ? TopClauseLevel : nested)
            : listLevel;
        foreach (var item in list.Items)
        {
            if (numbered)
            {
                Advance(level);
                _numbers.Add(item, new NumberedNode(level, ClauseLabel(level)));
            }

            Walk(item.Blocks, level, clauseDepth + (list.Kind == ListKind.Clauses ? 1 : 0));
        }
    }

    // "a." in Alpha; in Decimal one level below the last numbered heading ("1.1" under "1", "1.2.1" under "1.2").
    private int TopClauseLevel => _scheme == NumberingScheme.Alpha ? 1 : Math.Min(_headingLevel + 1, MaxLevel);

    private string HeadingLabel(int level) =>
        _scheme == NumberingScheme.Alpha ? Format(_counters[0]) + "." : Joined(level);

    private string ClauseLabel(int level) => _scheme switch
    {
        NumberingScheme.Alpha => level switch
        {
            0 => Format(_counters[0]) + ".",
            1 => Letters(_counters[1]) + ".",
            2 => Roman(_counters[2]) + ".",
            _ => Format(_counters[level]) + ".",
        },
        _ => Joined(level),
    };

    private string Joined(int level) => string.Join('.', _counters.Take(level + 1).Select(Format));

    private void Advance(int level)
    {
        _counters[level]++;
        Array.Clear(_counters, level + 1, MaxLevel - level);
    }

    private static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);

    // Word's lowerLetter: a…z, then aa…zz, then aaa…
    private static string Letters(int value) => new((char)('a' + ((value - 1) % 26)), ((value - 1) / 26) + 1);

    private static string Roman(int value)
    {
        var numerals = new[] { (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i") };
        var result = new System.Text.StringBuilder();
        foreach (var (amount, numeral) in numerals)
        {
            for (; value >= amount; value -= amount)
            {
                result.Append(numeral);
            }
        }

        return result.ToString();
    }

    private sealed record NumberedNode(int Level, string Label);
}
