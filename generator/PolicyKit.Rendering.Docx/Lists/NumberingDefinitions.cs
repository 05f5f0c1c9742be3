using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;
using PolicyKit.Model.Document;
using PolicyKit.Model.Numbering;

namespace PolicyKit.Rendering.Docx.Lists;

/// <summary>
/// numbering.xml: one multilevel list shared by numbered headings and clauses (so clause letters restart after
/// each numbered heading, and inserting a clause in Word renumbers the rest), one bullet list definition, and one
/// plain-number definition that each plain numbered list counts on from 1 in its own list instance.
/// </summary>
internal static class NumberingDefinitions
{
    public const int SchemeNumId = 1;

    /// <summary>One centimetre per level: the hanging indent of a bullet or of a plain list's "1.".</summary>
    public const int Step = 567;

    private const int SchemeAbstractId = 1;
    private const int BulletAbstractId = 2;
    private const int PlainAbstractId = 3;

    // Decimal numbers such as "1.2.1" need a wider hanging indent than "a.", and a policy number in front ("7.")
    // about a fifth of a centimetre more for each character it adds.
    private const int DecimalExtra = 284;
    private const int PrefixCharacter = 113;

    private static readonly string[] Bullets = ["\u2022", "\u25E6", "\u25AA"];

    /// <summary>Where the text of a scheme or bullet list paragraph at this level starts, for continuation paragraphs.</summary>
    public static int TextIndent(NumberingScheme scheme, int? policyNumber, bool bullet, int level) =>
        bullet ? Step * (level + 1) : Step * (level + 1) + Extra(scheme, policyNumber, level);

    public static Numbering Build(NumberingScheme scheme, int? policyNumber, IReadOnlyList<WordListInstance> lists)
    {
        var numbering = new Numbering();
        if (scheme != NumberingScheme.Unnumbered)
        {
            numbering.Append(Abstract(SchemeAbstractId, level => SchemeLevel(scheme, policyNumber, level)));
        }

        numbering.Append(Abstract(BulletAbstractId, BulletLevel));
        if (lists.Any(list => list.Nesting is not null))
        {
            numbering.Append(Abstract(PlainAbstractId, PlainLevel));
        }

        // w:num elements must follow every w:abstractNum (CT_Numbering sequence).
        if (scheme != NumberingScheme.Unnumbered)
        {
            numbering.Append(Instance(SchemeNumId, SchemeAbstractId));
        }

        foreach (var list in lists)
        {
            numbering.Append(list.Nesting is { } level ? PlainInstance(list.NumId, level) : Instance(list.NumId, BulletAbstractId));
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

    // Instances of one abstract definition share its counters unless an instance overrides its start: without the
    // override a second plain list would carry on from the first (ECMA-376 17.9.27).
    private static NumberingInstance PlainInstance(int id, int level)
    {
        var instance = Instance(id, PlainAbstractId);
        instance.Append(new LevelOverride(new StartOverrideNumberingValue { Val = 1 }) { LevelIndex = level });
        return instance;
    }

    private static Level SchemeLevel(NumberingScheme scheme, int? policyNumber, int level)
    {
        var prefix = policyNumber is { } number ? number.ToString(CultureInfo.InvariantCulture) + "." : string.Empty;
        var hanging = Step + Extra(scheme, policyNumber, level);
        if (scheme == NumberingScheme.Decimal)
        {
            var text = prefix + string.Join('.', Enumerable.Range(1, level + 1).Select(n => "%" + n.ToString(CultureInfo.InvariantCulture)));
            return Level(level, NumberFormatValues.Decimal, text, TextIndent(scheme, policyNumber, false, level), hanging);
        }

        // Alpha: "1." sections (after the policy number: "7.1."), "a." clauses, "i." sub-clauses, then decimal.
        var format = level switch
        {
            0 => NumberFormatValues.Decimal,
            1 => NumberFormatValues.LowerLetter,
            2 => NumberFormatValues.LowerRoman,
            _ => NumberFormatValues.Decimal,
        };
        return Level(level, format, (level == 0 ? prefix : string.Empty) + $"%{level + 1}.", TextIndent(scheme, policyNumber, false, level), hanging);
    }

    // Beyond one centimetre: decimal numbers at every level, and the policy number where the level shows it.
    private static int Extra(NumberingScheme scheme, int? policyNumber, int level)
    {
        var prefix = policyNumber is { } number ? (number.ToString(CultureInfo.InvariantCulture).Length + 1) * PrefixCharacter : 0;
        return scheme == NumberingScheme.Decimal ? DecimalExtra + prefix : level == 0 ? prefix : 0;
    }

    private static Level BulletLevel(int level) =>
        Level(level, NumberFormatValues.Bullet, Bullets[level % Bullets.Length], Step * (level + 1), Step);

    // A plain list's level is how deep plain lists nest ("1.", "a.", "i.", again); each paragraph sets where it sits.
    private static Level PlainLevel(int level) =>
        Level(level, (level % 3) switch { 0 => NumberFormatValues.Decimal, 1 => NumberFormatValues.LowerLetter, _ => NumberFormatValues.LowerRoman }, $"%{level + 1}.", Step * (level + 1), Step);

    private static Level Level(int level, NumberFormatValues format, string text, int left, int hanging) => new(
        new StartNumberingValue { Val = 1 },
        new NumberingFormat { Val = format },
        new LevelText { Val = text },
        new LevelJustification { Val = LevelJustificationValues.Left },
        new PreviousParagraphProperties(new Indentation { Left = Twips(left), Hanging = Twips(hanging) }))
    {
        LevelIndex = level,
    };

    private static string Twips(int value) => value.ToString(CultureInfo.InvariantCulture);
}
