using System.Globalization;
using System.Text.RegularExpressions;

namespace PolicyKit.Import.Recognition;

/// <summary>A review frequency in words ("Annually", "Every 2 years", "3 yearly", "24 months") as the source's <c>review-cycle</c>.</summary>
internal static partial class ReviewCycleText
{
    private static readonly Dictionary<string, int> NumberWords = new(StringComparer.Ordinal)
    {
        ["one"] = 1,
        ["two"] = 2,
        ["three"] = 3,
        ["four"] = 4,
        ["five"] = 5,
        ["six"] = 6,
        ["eighteen"] = 18,
        ["twelve"] = 12,
        ["twenty four"] = 24,
        ["thirty six"] = 36,
    };

    /// <summary>annual, biennial, triennial or "&lt;n&gt; months"; null when the text gives no frequency.</summary>
    public static string? Parse(string text)
    {
        var loose = LooseLabel.Of(text);
        int? months = loose switch
        {
            "annual" or "annually" or "yearly" or "every year" or "each year" or "once a year" => 12,
            "biennial" or "biennially" or "every other year" => 24,
            "triennial" or "triennially" => 36,
            "termly" => 4,
            "monthly" or "every month" => 1,
            _ => null,
        };
        if (months is null && Counted().Match(loose) is { Success: true } match)
        {
            var count = int.TryParse(match.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
                ? n
                : NumberWords.GetValueOrDefault(match.Groups["n"].Value);
            months = count <= 0 ? null : match.Groups["unit"].Value.StartsWith("year", StringComparison.Ordinal) ? count * 12 : count;
        }

        return months switch
        {
            null => null,
            12 => "annual",
            24 => "biennial",
            36 => "triennial",
            _ => $"{months} months",
        };
    }

    // "every 2 years", "2 yearly", "24 months", "every three years", "reviewed every 18 months".
    [GeneratedRegex(@"(?:^|\s)(?<n>\d{1,3}|one|two|three|four|five|six|twelve|eighteen|twenty four|thirty six)\s*(?<unit>years?|yearly|months?|monthly)(?:\s|$)")]
    private static partial Regex Counted();
}
