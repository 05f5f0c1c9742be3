using System.Globalization;
using System.Text;

namespace PolicyKit.Model.Numbering;

/// <summary>A counter written as Word writes it for a level's number format.</summary>
internal static class NumberText
{
    private static readonly (int Value, string Numeral)[] Numerals =
        [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")];

    public static string Decimal(int value) => value.ToString(CultureInfo.InvariantCulture);

    // Word's lowerLetter: a…z, then aa…zz, then aaa…
    public static string Letters(int value) => new((char)('a' + ((value - 1) % 26)), ((value - 1) / 26) + 1);

    // Word's lowerRoman.
    public static string Roman(int value)
    {
        var result = new StringBuilder();
        foreach (var (amount, numeral) in Numerals)
        {
            for (; value >= amount; value -= amount)
            {
                result.Append(numeral);
            }
        }

        return result.ToString();
    }
}
