using System.Text.RegularExpressions;

namespace PolicyKit.Import.Recognition;

/// <summary>A version as a document prints it ("2.0", "Version 1:1", "V3"): its number, and the label to print when that differs.</summary>
internal sealed partial record VersionText(string Number, string? Label)
{
    public static VersionText? Parse(string text)
    {
        var trimmed = text.Trim();
        if (Pattern().Match(trimmed) is not { Success: true } match)
        {
            return null;
        }

        var number = match.Groups["minor"].Success ? $"{match.Groups["major"].Value}.{match.Groups["minor"].Value}" : match.Groups["major"].Value;
        return new VersionText(number, trimmed == number ? null : trimmed);
    }

    /// <summary>Orders versions by their numbers' parts (1.10 after 1.9).</summary>
    public static IComparable SortKey(string number) =>
        string.Join('.', number.Split('.').Select(p => int.TryParse(p, out var n) ? n.ToString("D6", System.Globalization.CultureInfo.InvariantCulture) : p));

    [GeneratedRegex(@"^(?:version|ver\.?|v\.?)?\s*(?<major>\d{1,4})(?:\s*[.:,]\s*(?<minor>\d{1,4}))?$", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
