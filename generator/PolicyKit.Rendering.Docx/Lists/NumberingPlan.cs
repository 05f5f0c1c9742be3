using DocumentFormat.OpenXml.Wordprocessing;
using PolicyKit.Model.Document;

namespace PolicyKit.Rendering.Docx.Lists;

/// <summary>
/// Decides, per scheme, which numbering level a heading or clause takes, hands out list instances, and counts
/// numbered paragraphs as Word will so the table of contents can show each heading's number.
/// </summary>
internal sealed class NumberingPlan
{
    public const int MaxLevel = 8;

    private readonly int[] _counters = new int[MaxLevel + 1];
    private readonly List<int> _bulletLists = [];
    private int _headingLevel = -1;

    public NumberingPlan(NumberingScheme scheme) => Scheme = scheme;

    public NumberingScheme Scheme { get; }

    /// <summary>
    /// The numbering level of the first clause level: "a." in Alpha; in Decimal one below the last numbered
    /// heading, so a clause under "1" is "1.1" and under "1.2" is "1.2.1".
    /// </summary>
    public int TopClauseLevel => Scheme == NumberingScheme.Alpha ? 1 : Math.Min(_headingLevel + 1, MaxLevel);

    /// <summary>The numbering level of a heading, or null when the scheme leaves it unnumbered.</summary>
    public int? HeadingLevel(int level) => Scheme switch
    {
        NumberingScheme.Alpha => level == 1 ? 0 : null,
        NumberingScheme.Decimal => Math.Clamp(level, 1, 3) - 1,
        _ => null,
    };

    /// <summary>Counts a numbered heading and returns its number as shown ("3." or "3.2").</summary>
    public string NumberHeading(int level)
    {
        Advance(level);
        _headingLevel = level;
        return Scheme == NumberingScheme.Alpha
            ? Format(_counters[0]) + "."
            : string.Join('.', _counters.Take(level + 1).Select(Format));
    }

    public void CountClause(int level) => Advance(level);

    /// <summary>A new list instance, so each bullet list starts afresh.</summary>
    public int NewBulletList()
    {
        var id = NumberingDefinitions.SchemeNumId + 1 + _bulletLists.Count;
        _bulletLists.Add(id);
        return id;
    }

    public Numbering Build() => NumberingDefinitions.Build(Scheme, _bulletLists);

    // Word restarts every lower level when a level is used (lvlRestart's default).
    private void Advance(int level)
    {
        _counters[level]++;
        Array.Clear(_counters, level + 1, MaxLevel - level);
    }

    private static string Format(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
