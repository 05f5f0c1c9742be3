using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace PolicyKit.Sources.Templating;

/// <summary>
/// Invisible markers written into a template's literal text so that each output line can be traced to its source line
/// after conditionals and loops have added or removed lines. They are stripped before the Markdown is read.
/// </summary>
internal static partial class LineMarkers
{
    private const char Open = '\uE000';
    private const char Close = '\uE001';

    public static string Mark(int sourceLine) => string.Create(CultureInfo.InvariantCulture, $"{Open}{sourceLine}{Close}");

    /// <summary>Strips markers and drops lines left blank by a source line that held only template tags.</summary>
    public static (string Text, List<int> Lines) Resolve(string output, int firstLine, ISet<int> tagOnlyLines)
    {
        var text = new StringBuilder(output.Length);
        var lines = new List<int>();
        var current = firstLine;
        foreach (var raw in output.Split('\n'))
        {
            var match = MarkerPattern().Match(raw);
            if (match.Success)
            {
                current = int.Parse(match.Groups[1].ValueSpan, CultureInfo.InvariantCulture);
            }

            var clean = raw.Contains(Open, StringComparison.Ordinal) ? MarkerPattern().Replace(raw, string.Empty) : raw;
            if (tagOnlyLines.Contains(current) && string.IsNullOrWhiteSpace(clean))
            {
                continue;
            }

            if (lines.Count > 0)
            {
                text.Append('\n');
            }

            text.Append(clean);
            lines.Add(current);
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

    [GeneratedRegex("\uE000(\\d+)\uE001")]
    private static partial Regex MarkerPattern();

    [GeneratedRegex(@"^\s*(\{\{.*?\}\}\s*)+$")]
    private static partial Regex TagOnlyLine();
}
