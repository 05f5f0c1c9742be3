using System.Globalization;
using System.Text;

namespace PolicyKit.Import.Reading.Docx;

/// <summary>Renders a level's <c>w:lvlText</c> ("%1.%2.", "(%1)") with its counters, as Word shows it.</summary>
internal static class NumberLabels
{
    public static string Render(NumberingLevel level, NumberingLevel[] levels, int?[] counters)
    {
        var label = new StringBuilder();
        var text = level.Text;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '%' && i + 1 < text.Length && text[i + 1] is >= '1' and <= '9')
            {
                var referenced = text[i + 1] - '1';
                var value = counters[referenced] ?? levels[referenced].Start;

                // w:isLgl ("legal numbering") shows every level's number as decimal: 2.1 rather than II.a.
                var format = level.Legal ? "decimal" : levels[referenced].Format;
                label.Append(Format(value, format));
                i++;
            }
            else
            {
                label.Append(text[i]);
            }
        }

        return label.ToString();
    }

    /// <summary>
    /// The bullet a level shows. Symbol and Wingdings bullets are characters in the private use area (U+F0B7 is
    /// Symbol's round bullet), which mean nothing without their font, so they read as "•".
    /// </summary>
    public static string Bullet(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length == 0 || trimmed.Any(c => c is >= '\uE000' and <= '\uF8FF') ? "•" : trimmed;
    }

    public static string Format(int value, string format) => format switch
    {
        "lowerLetter" => Letters(value, 'a'),
        "upperLetter" => Letters(value, 'A'),
        "lowerRoman" => Roman(value).ToLowerInvariant(),
        "upperRoman" => Roman(value),
        "decimalZero" => value.ToString("00", CultureInfo.InvariantCulture),
        "none" => "",
        _ => value.ToString(CultureInfo.InvariantCulture),
    };

    // Word's letters go a…z, then aa…zz, then aaa…
    private static string Letters(int value, char first)
    {
        if (value < 1)
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }

        var letter = (char)(first + ((value - 1) % 26));
        return new string(letter, ((value - 1) / 26) + 1);
    }

    private static string Roman(int value)
    {
        if (value is < 1 or > 3999)
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }

        var roman = new StringBuilder();
        foreach (var (amount, numeral) in Numerals)
        {
            for (; value >= amount; value -= amount)
            {
                roman.Append(numeral);
            }
        }

        return roman.ToString();
    }

    private static readonly (int Amount, string Numeral)[] Numerals =
        [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
}
