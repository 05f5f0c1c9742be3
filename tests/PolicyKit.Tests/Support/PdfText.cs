using System.Text;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace PolicyKit.Tests.Support;

/// <summary>
/// A PDF's text, page by page and line by line, in the order it was written (LibreOffice writes tagged PDF in
/// reading order, cell by cell in tables). A line ends where the baseline changes; a space goes where letters
/// are further apart than a word gap, since LibreOffice does not always draw the space glyphs.
/// </summary>
internal static partial class PdfText
{
    /// <summary>The lines of each page; index 0 is page 1.</summary>
    public static List<List<string>> PageLines(string path)
    {
        using var pdf = PdfDocument.Open(path);
        return pdf.GetPages().Select(Lines).ToList();
    }

    /// <summary>Whitespace runs become one space; soft hyphens go.</summary>
    public static string Collapse(string text) => Whitespace().Replace(text.Replace("\u00AD", "", StringComparison.Ordinal), " ").Trim();

    private static List<string> Lines(Page page)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        Letter? previous = null;
        foreach (var letter in page.Letters)
        {
            if (previous is not null)
            {
                var newLine = Math.Abs(letter.StartBaseLine.Y - previous.StartBaseLine.Y) > previous.PointSize * 0.5;
                if (newLine)
                {
                    lines.Add(Collapse(line.ToString()));
                    line.Clear();
                }
                else if (letter.StartBaseLine.X - previous.EndBaseLine.X > previous.PointSize * 0.15)
                {
                    line.Append(' ');
                }
            }

            line.Append(letter.Value);
            previous = letter;
        }

        lines.Add(Collapse(line.ToString()));
        return lines.Where(l => l.Length > 0).ToList();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
