using System.Globalization;
using System.Text.RegularExpressions;

namespace PolicyKit.Import.Recognition;

/// <summary>A date as a school's document writes it, read in any common UK form; some give only the month.</summary>
internal sealed partial record ImportedDate(DateOnly Date, bool MonthOnly)
{
    private static readonly string[] Months =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    /// <summary>As the source format writes it: "2025-09-01", or "September 2025" for a month.</summary>
    public string ToSource() => MonthOnly
        ? Date.ToString("MMMM yyyy", CultureInfo.InvariantCulture)
        : Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Reads "1 September 2025", "01/09/2025", "1st Sept 2025", "2025-09-01", "Sept 2025", "09/2025"; null when it is none of them.</summary>
    public static ImportedDate? Parse(string text)
    {
        var t = text.Trim().TrimEnd('.').Trim();
        if (IsoDate().Match(t) is { Success: true } iso)
        {
            return Make(Number(iso.Groups["y"]), Number(iso.Groups["m"]), Number(iso.Groups["d"]));
        }

        if (IsoMonth().Match(t) is { Success: true } isoMonth)
        {
            return Make(Number(isoMonth.Groups["y"]), Number(isoMonth.Groups["m"]), null);
        }

        // UK order: day before month.
        if (NumericDate().Match(t) is { Success: true } numeric)
        {
            return Make(Year(numeric.Groups["y"]), Number(numeric.Groups["m"]), Number(numeric.Groups["d"]));
        }

        if (NumericMonth().Match(t) is { Success: true } numericMonth)
        {
            return Make(Year(numericMonth.Groups["y"]), Number(numericMonth.Groups["m"]), null);
        }

        if (WordDate().Match(t) is { Success: true } words && MonthOf(words.Groups["m"].Value) is { } month)
        {
            return Make(Year(words.Groups["y"]), month, words.Groups["d"].Success ? Number(words.Groups["d"]) : null);
        }

        return null;
    }

    private static int? MonthOf(string word)
    {
        var lower = word.ToLowerInvariant();
        // "Sept" and "Sep" are both abbreviations of September: any start of three letters or more.
        var index = lower.Length < 3 ? -1 : Array.FindIndex(Months, m => m.StartsWith(lower, StringComparison.Ordinal));
        return index < 0 ? null : index + 1;
    }

    private static int Number(Group group) => int.Parse(group.Value, CultureInfo.InvariantCulture);

    private static int Year(Group group)
    {
        var year = Number(group);
        return group.Value.Length == 2 ? 2000 + year : year;
    }

    private static ImportedDate? Make(int year, int month, int? day)
    {
        if (year is < 1900 or > 2200 || month is < 1 or > 12)
        {
            return null;
        }

        if (day is not { } d)
        {
            return new ImportedDate(new DateOnly(year, month, 1), MonthOnly: true);
        }

        return d >= 1 && d <= DateTime.DaysInMonth(year, month) ? new ImportedDate(new DateOnly(year, month, d), MonthOnly: false) : null;
    }

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})$")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{1,2})$")]
    private static partial Regex IsoMonth();

    [GeneratedRegex(@"^(?<d>\d{1,2})[/.\-](?<m>\d{1,2})[/.\-](?<y>\d{4}|\d{2})$")]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"^(?<m>\d{1,2})[/.\-](?<y>\d{4})$")]
    private static partial Regex NumericMonth();

    // "Monday 1st of September 2025", "1 Sept 2025", "Sep-25", "September, 2025".
    [GeneratedRegex(@"^(?:[A-Za-z]+day,?\s+)?(?:(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?)?(?<m>[A-Za-z]{3,9})\.?[\s,\-]+(?<y>\d{4}|\d{2})$", RegexOptions.IgnoreCase)]
    private static partial Regex WordDate();
}
