using UglyToad.PdfPig.Content;

namespace PolicyKit.Import.Reading.Pdf;

/// <summary>One line of a PDF page: its words left to right, where it sits and its type size.</summary>
/// <param name="PageWidth">The page's width, for how far a full line reaches.</param>
internal sealed record PdfLine(int Page, IReadOnlyList<Word> Words, double Left, double Right, double Bottom, double Size, double PageWidth)
{
    public string Text => string.Join(' ', Words.Select(w => w.Text));

    /// <summary>The text with every digit as '#', so "Page 2 of 5" on each page is one repeated line.</summary>
    public string Shape => new(Text.Select(c => char.IsAsciiDigit(c) ? '#' : c).ToArray());

    public static RunStyle StyleOf(Word word)
    {
        // Only the font's name says bold or italic in a PDF ("Arial-BoldMT", "Calibri-Italic").
        var font = word.Letters.Count > 0 ? word.Letters[0].FontName ?? "" : "";
        var style = RunStyle.None;
        if (font.Contains("Bold", StringComparison.OrdinalIgnoreCase))
        {
            style |= RunStyle.Bold;
        }

        if (font.Contains("Italic", StringComparison.OrdinalIgnoreCase) || font.Contains("Oblique", StringComparison.OrdinalIgnoreCase))
        {
            style |= RunStyle.Italic;
        }

        return style;
    }
}
