using System.Globalization;
using PolicyKit.Import.Reading;

namespace PolicyKit.Import.Recognition;

/// <summary>The numbering scheme and policy number a document's numbers show.</summary>
internal static class SchemeDetector
{
    /// <summary>
    /// "alpha" when clauses are lettered (a., i. under numbered headings), "decimal" when numbered (1.1, 1.1.1),
    /// "unnumbered" when neither headings nor clauses carry numbers; null when the document gives no sign.
    /// </summary>
    public static string? Numbering(DocumentReading reading)
    {
        var styles = reading.Body.TopLevelStyles;
        if (styles.Count > 0)
        {
            var letters = styles.Count(s => s is NumberStyle.LowerLetter or NumberStyle.UpperLetter);
            var decimals = styles.Count(s => s is NumberStyle.Decimal or NumberStyle.MultiLevelDecimal);
            return letters > decimals ? "alpha" : decimals > 0 ? "decimal" : null;
        }

        return reading.SectionCount > 0 && !reading.AnyHeadingNumbered ? "unnumbered" : null;
    }

    /// <summary>The N of sections numbered N.1, N.2… (a policy in a numbered set), or null.</summary>
    public static int? PolicyNumber(DocumentReading reading)
    {
        var firsts = reading.SectionLabels
            .Select(l => l.Trim().TrimEnd('.').Split('.'))
            .Select(parts => parts.Length >= 2 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : (int?)null)
            .ToList();
        return firsts.Count > 0 && firsts.All(f => f is >= 1 and <= 999) && firsts.Distinct().Count() == 1 ? firsts[0] : null;
    }
}
