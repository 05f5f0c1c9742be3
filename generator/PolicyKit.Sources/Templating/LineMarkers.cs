using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace PolicyKit.Sources.Templating;

/// <summary>
/// Invisible markers written into a template's literal text so that each piece of output can be traced to the line
/// and column it was written at after conditionals, loops and expressions have added, removed or shifted text.
/// They are stripped before the Markdown is read.
/// </summary>
internal static partial class LineMarkers
{
    private const char Open = '\uE000';
    private const char Close = '\uE001';
    private const char Separator = ':';

    /// <param name="sourceLine">1-based line of the literal text.</param>
    /// <param name="sourceColumn">0-based column where it starts.</param>
    /// <param name="length">Characters of literal text that follow on that line.</param>
    public static string Mark(int sourceLine, int sourceColumn, int length) =>
        string.Create(CultureInfo.InvariantCulture, $"{Open}{sourceLine}{Separator}{sourceColumn}{Separator}{length}{Close}");

    /// <summary>Strips markers and drops lines left blank by a source line that held only template tags.</summary>
    public static (string Text, List<ExpandedLine> Lines) Resolve(string output, int firstLine, ISet<int> tagOnlyLines)
    {
        var text = new StringBuilder(output.Length);
        var lines = new List<ExpandedLine>();
        var clean = new StringBuilder();
        var current = firstLine;
        foreach (var raw in output.Split('\n'))
        {
            clean.Clear();
            var pieces = Strip(raw, clean);
            if (pieces.Count > 0)
            {
                current = pieces[0].SourceLine;
            }

            if (tagOnlyLines.Contains(current) && IsBlank(clean))
            {
                continue;
            }

            if (lines.Count > 0)
            {
                text.Append('\n');
            }

            text.Append(clean);
            lines.Add(new ExpandedLine(current, pieces));
        }

        return (text.ToString(), lines);
    }

    /// <summary>Source lines (1-based) holding only template tags, e.g. "{{ if … }}" or "{{ end }}".</summary>
    public static HashSet<int> TagOnlyLines(string source, int firstLine)
    {
        var result = new HashSet<int>();
        var lines = source.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (TagOnlyLine().IsMatch(lines[i]))
            {
                result.Add(firstLine + i);
            }
        }

        return result;
    }

    // Copies the line without its markers and returns what each marker said, at the column it stood in the clean line.
    private static List<RawPiece> Strip(string raw, StringBuilder clean)
    {
        var pieces = new List<RawPiece>(1);
        var at = 0;
        for (var open = raw.IndexOf(Open); open >= 0; open = raw.IndexOf(Open, at))
        {
            clean.Append(raw, at, open - at);
            var close = raw.IndexOf(Close, open);
            var fields = raw.AsSpan(open + 1, close - open - 1);
            var first = fields.IndexOf(Separator);
            var last = fields.LastIndexOf(Separator);
            pieces.Add(new RawPiece(
                clean.Length,
                int.Parse(fields[..first], CultureInfo.InvariantCulture),
                int.Parse(fields[(first + 1)..last], CultureInfo.InvariantCulture),
                int.Parse(fields[(last + 1)..], CultureInfo.InvariantCulture)));
            at = close + 1;
        }

        clean.Append(raw, at, raw.Length - at);
        return pieces;
    }

    private static bool IsBlank(StringBuilder line)
    {
        foreach (var chunk in line.GetChunks())
        {
            if (!chunk.Span.IsWhiteSpace())
            {
                return false;
            }
        }

        return true;
    }

    [GeneratedRegex(@"^\s*(\{\{.*?\}\}\s*)+$")]
    private static partial Regex TagOnlyLine();
}
