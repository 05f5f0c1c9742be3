using System.Text.RegularExpressions;

namespace PolicyKit.Import.Reading;

/// <summary>
/// A number or bullet typed at the start of a paragraph ("7.6.1", "a)", "(iv)", "•"), followed by a tab or spaces
/// and then text. Only the start counts, so a year or "1.5 metres" in a sentence is left alone, as is "2024 was…".
/// </summary>
internal static partial class TypedNumbers
{
    /// <summary>The marker typed at the start of <paramref name="text"/>, and how many characters it and the space after it take.</summary>
    public static (ListMarker Marker, int Length)? Find(string text)
    {
        if (Bullet().Match(text) is { Success: true } bullet)
        {
            return (new ListMarker(ListOrigin.Bullet, -1, "•", NumberStyle.Bullet, null), bullet.Length);
        }

        if (MultiPart().Match(text) is { Success: true } multi)
        {
            var label = multi.Groups["label"].Value;
            var parts = label.TrimEnd('.').Split('.').Length;
            return (new ListMarker(ListOrigin.TypedNumber, parts - 1, label, NumberStyle.MultiLevelDecimal, null), multi.Groups["label"].Length + multi.Groups["gap"].Length);
        }

        if (Single().Match(text) is not { Success: true } single)
        {
            return null;
        }

        var value = single.Groups["value"].Value;
        var style = StyleOf(value);
        if (style is null)
        {
            return null;
        }

        var level = style == NumberStyle.Decimal ? 0 : -1;
        return (new ListMarker(ListOrigin.TypedNumber, level, single.Groups["label"].Value, style.Value, null), single.Groups["label"].Length + single.Groups["gap"].Length);
    }

    private static NumberStyle? StyleOf(string value)
    {
        if (char.IsAsciiDigit(value[0]))
        {
            return NumberStyle.Decimal;
        }

        var lower = char.IsLower(value[0]);
        if (value.Length == 1)
        {
            // A lone i, v or x is read as roman; the recogniser may decide from the neighbours that it is a letter.
            return value[0] is 'i' or 'v' or 'x' or 'I' or 'V' or 'X'
                ? (lower ? NumberStyle.LowerRoman : NumberStyle.UpperRoman)
                : (lower ? NumberStyle.LowerLetter : NumberStyle.UpperLetter);
        }

        if (!RomanNumeral().IsMatch(value.ToLowerInvariant()) || !(value.All(char.IsLower) || value.All(char.IsUpper)))
        {
            return null;
        }

        return lower ? NumberStyle.LowerRoman : NumberStyle.UpperRoman;
    }

    // "7.6.1", "7.6.1." or "3.2": two or more parts of up to three digits.
    [GeneratedRegex(@"^(?<label>\d{1,3}(?:\.\d{1,3})+\.?)(?<gap>[\t ]+)(?=\S)")]
    private static partial Regex MultiPart();

    // "1." "1)" "(1)" "a." "a)" "(a)" "A." "iv." "(iv)" "IV.": up to three digits or a letter or a roman numeral.
    [GeneratedRegex(@"^(?<label>\((?<value>\d{1,3}|[A-Za-z]|[ivxlcdm]{2,7}|[IVXLCDM]{2,7})\)|(?<value>\d{1,3}|[A-Za-z]|[ivxlcdm]{2,7}|[IVXLCDM]{2,7})[.)])(?<gap>[\t ]+)(?=\S)")]
    private static partial Regex Single();

    [GeneratedRegex("^m{0,3}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$")]
    private static partial Regex RomanNumeral();

    // Bullets people type or paste: •, ·, -, –, o, ▪, ■, ➢, and Symbol/Wingdings characters in the private use area.
    [GeneratedRegex("^[\u2022\u00B7\\-\u2013o\u25AA\u25A0\u27A2\u2023\u25E6\u2043\uF0B7\uF0A7\uF0D8\uF076\uF0FC](?:\t[\t ]*| +)(?=\\S)")]
    private static partial Regex Bullet();
}
