using DocumentFormat.OpenXml.Wordprocessing;
using PolicyKit.Model.Document;
using PolicyKit.Model.Numbering;

namespace PolicyKit.Rendering.Docx.Lists;

/// <summary>
/// numbering.xml: one multilevel list shared by numbered headings and clauses (so clause letters restart after
/// each numbered heading, and inserting a clause in Word renumbers the rest), and one bullet list definition.
/// </summary>
internal static class NumberingDefinitions
{
    public const int SchemeNumId = 1;

    private const int SchemeAbstractId = 1;
    private const int BulletAbstractId = 2;

    // One centimetre per level; decimal numbers such as "1.2.1" need a wider hanging indent than "a.".
    private const int Step = 567;
    private const int DecimalExtra = 284;

    private static readonly string[] Bullets = ["\u2022", "\u25E6", "\u25AA"];

    /// <summary>Where the text of a list paragraph at this level starts, for continuation paragraphs.</summary>
    public static int TextIndent(NumberingScheme scheme, bool bullet, int level) =>
        Step * (level + 1) + (scheme == NumberingScheme.Decimal && !bullet ? DecimalExtra : 0);

    public static Numbering Build(NumberingScheme scheme, IReadOnlyList<int> bulletLists)
    {
        var numbering = new Numbering();
        if (scheme != NumberingScheme.Unnumbered)
        {
            numbering.Append(Abstract(SchemeAbstractId, level => SchemeLevel(scheme, level)));
        }

        numbering.Append(Abstract(BulletAbstractId, BulletLevel));

        // w:num elements must follow every w:abstractNum (CT_Numbering sequence).
        if (scheme != NumberingScheme.Unnumbered)
        {
            numbering.Append(Instance(SchemeNumId, SchemeAbstractId));
        }

        foreach (var id in bulletLists)
        {
            numbering.Append(Instance(id, BulletAbstractId));
        }

        return numbering;
    }

    private static AbstractNum Abstract(int id, Func<int, Level> level)
    {
        var abstractNum = new AbstractNum(new MultiLevelType { Val = MultiLevelValues.Multilevel }) { AbstractNumberId = id };
        for (var i = 0; i <= DocumentNumbering.MaxLevel; i++)
        {
            abstractNum.Append(level(i));
        }

        return abstractNum;
    }

    private static NumberingInstance Instance(int id, int abstractId) =>
        new(new AbstractNumId { Val = abstractId }) { NumberID = id };

    private static Level SchemeLevel(NumberingScheme scheme, int level)
    {
        if (scheme == NumberingScheme.Decimal)
        {
            var text = string.Join('.', Enumerable.Range(1, level + 1).Select(n => "%" + n.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            return Level(level, NumberFormatValues.Decimal, text, TextIndent(scheme, false, level), Step + DecimalExtra);
        }

        // Alpha: "1." sections, "a." clauses, "i." sub-clauses, then decimal.
        var format = level switch
        {
            0 => NumberFormatValues.Decimal,
            1 => NumberFormatValues.LowerLetter,
            2 => NumberFormatValues.LowerRoman,
            _ => NumberFormatValues.Decimal,
        };
        return Level(level, format, $"%{level + 1}.", TextIndent(scheme, false, level), Step);
    }

    private static Level BulletLevel(int level) =>
        Level(level, NumberFormatValues.Bullet, Bullets[level % Bullets.Length], Step * (level + 1), Step);

    private static Level Level(int level, NumberFormatValues format, string text, int left, int hanging) => new(
        new StartNumberingValue { Val = 1 },
        new NumberingFormat { Val = format },
        new LevelText { Val = text },
        new LevelJustification { Val = LevelJustificationValues.Left },
        new PreviousParagraphProperties(new Indentation { Left = Twips(left), Hanging = Twips(hanging) }))
    {
        LevelIndex = level,
    };

    private static string Twips(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
