namespace PolicyKit.Rendering.Docx.Widths;

/// <summary>
/// Column widths from a table's content, so that no word is ever split across lines: every column is at least as
/// wide as its longest word (plus the cell's padding and a safety margin), and the rest of the width goes where the
/// text is, like a browser's automatic table layout.
/// </summary>
internal sealed class ColumnWidths
{
    // Word and LibreOffice round and kern a little differently from the font's advance widths: 3 % and 2 pt spare.
    private const int SafetyPercent = 3;
    private const int SafetyTwips = 40;

    private readonly TextMeasurer _measurer;
    private readonly int[] _longestWord;
    private readonly int[] _longestLine;

    public ColumnWidths(TextMeasurer measurer, int columns)
    {
        _measurer = measurer;
        _longestWord = new int[columns];
        _longestLine = new int[columns];
    }

    public void Add(int column, CellExtent extent)
    {
        _longestWord[column] = Math.Max(_longestWord[column], extent.LongestWord);
        _longestLine[column] = Math.Max(_longestLine[column], extent.LongestLine);
    }

    public void Add(int column, string text, bool bold) => Add(column, _measurer.Measure(text, bold));

    /// <summary>Widths in twips that add up to <paramref name="textWidth"/>.</summary>
    public int[] Compute(int textWidth)
    {
        var padding = _measurer.Metrics.CellPadding;
        var minimum = _longestWord.Select(w => Spare(w) + padding).ToArray();
        var natural = _longestLine.Select((w, i) => Math.Max(Spare(w) + padding, minimum[i])).ToArray();
        double[] widths;
        if (natural.Sum() == 0)
        {
            widths = [.. natural.Select(_ => textWidth / (double)natural.Length)];
        }
        else if (natural.Sum() <= textWidth)
        {
            // Every cell fits on one line: each column gets its line and a share of what is left in proportion to it.
            widths = [.. natural.Select(n => textWidth * (double)n / natural.Sum())];
        }
        else if (minimum.Sum() <= textWidth)
        {
            // Each column gets its longest word, and the width left over goes to the columns with the most text to wrap.
            var left = textWidth - minimum.Sum();
            var wrapping = natural.Zip(minimum, (n, m) => n - m).ToArray();
            widths = [.. minimum.Select((m, i) => m + (left * (double)wrapping[i] / wrapping.Sum()))];
        }
        else
        {
            // The longest words cannot all fit side by side on the page: shrink them all in proportion. Some words
            // will then break inside, as they would in any layout; a narrower table cannot be made from this content.
            widths = [.. minimum.Select(m => textWidth * (double)m / minimum.Sum())];
        }

        return Rounded(widths, textWidth);
    }

    private static int Spare(int width) => width == 0 ? 0 : width + (width * SafetyPercent / 100) + SafetyTwips;

    // Whole twips, never below a column's exact share, with the rounding left over on the last column.
    private static int[] Rounded(double[] widths, int textWidth)
    {
        var result = widths.Select(w => (int)Math.Floor(w)).ToArray();
        result[^1] += textWidth - result.Sum();
        return result;
    }
}
