using System.Text;
using System.Text.RegularExpressions;
using PolicyKit.Import.Reading;

namespace PolicyKit.Import.Recognition;

/// <summary>
/// Writes a paragraph's runs as the source's Markdown: bold, italic and links kept, Markdown's and Scriban's special
/// characters escaped, and the school's names turned into template fields.
/// </summary>
internal sealed partial class InlineMarkdown
{
    private readonly Regex? _names;
    private readonly Dictionary<string, string> _fields;

    public InlineMarkdown(IReadOnlyList<NameField> names)
    {
        // Longest first, so "Millbrook School" wins over "Millbrook".
        var ordered = names.Where(n => n.Text.Trim().Length > 0).OrderByDescending(n => n.Text.Length).ToList();
        _fields = ordered.GroupBy(n => n.Text, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Expression, StringComparer.Ordinal);
        _names = ordered.Count == 0
            ? null
            : new Regex(@"(?<![\p{L}\p{N}])(?:" + string.Join('|', ordered.Select(n => Regex.Escape(n.Text))) + @")(?![\p{L}\p{N}])", RegexOptions.CultureInvariant);
    }

    /// <summary>The runs as one line of Markdown.</summary>
    public string Write(IReadOnlyList<ImportedRun> runs)
    {
        var text = new StringBuilder();
        foreach (var run in Merge(runs))
        {
            text.Append(Run(run));
        }

        var line = Spaces().Replace(text.ToString(), " ").Trim();
        return EscapeLineStart(line);
    }

    /// <summary>Plain text (a table cell, a front matter value) with names as fields, escaped for Markdown.</summary>
    public string WriteText(string text) => Write([new ImportedRun(text, RunStyle.None)]);

    /// <summary>The text with names as template fields but nothing escaped: for front matter values, which are not Markdown.</summary>
    public string WithFields(string text) =>
        _names is null ? text : _names.Replace(text, m => "{{ " + _fields[m.Value] + " }}");

    /// <summary>The text without the school's names, so that an id made from it is the same at every school.</summary>
    public string WithoutNames(string text) => _names is null ? text : _names.Replace(text, " ");

    private string Run(ImportedRun run)
    {
        var raw = run.Text.Replace('\n', ' ').Replace('\t', ' ');
        if (raw.Trim().Length == 0)
        {
            return raw.Length > 0 ? " " : string.Empty;
        }

        // Emphasis markers must touch the text (CommonMark's flanking rule), so spaces stay outside them.
        var leading = raw.Length - raw.TrimStart().Length > 0 ? " " : string.Empty;
        var trailing = raw.Length - raw.TrimEnd().Length > 0 ? " " : string.Empty;
        var inner = Fields(raw.Trim());
        if (Link(run.Link) is { } target)
        {
            inner = $"[{inner}]({target})";
        }

        var marker = (run.Style & (RunStyle.Bold | RunStyle.Italic)) switch
        {
            RunStyle.Bold | RunStyle.Italic => "***",
            RunStyle.Bold => "**",
            RunStyle.Italic => "*",
            _ => string.Empty,
        };
        return leading + marker + inner + marker + trailing;
    }

    private string Fields(string text)
    {
        if (_names is null)
        {
            return Escape(text);
        }

        var result = new StringBuilder();
        var at = 0;
        foreach (Match match in _names.Matches(text))
        {
            result.Append(Escape(text[at..match.Index])).Append("{{ ").Append(_fields[match.Value]).Append(" }}");
            at = match.Index + match.Length;
        }

        return result.Append(Escape(text[at..])).ToString();
    }

    /// <summary>A link target as the source writes it: a clause's bookmark becomes "#clause-id"; Word's own bookmarks are not kept.</summary>
    private static string? Link(string? link)
    {
        if (string.IsNullOrWhiteSpace(link))
        {
            return null;
        }

        if (link.StartsWith('#'))
        {
            return ClauseIds.FromBookmark(link[1..]) is { } id ? "#" + id : null;
        }

        return link.Trim().Replace(" ", "%20", StringComparison.Ordinal).Replace("(", "%28", StringComparison.Ordinal).Replace(")", "%29", StringComparison.Ordinal);
    }

    /// <summary>
    /// Backslash-escapes what Markdown would read as markup. Braces are escaped too: "{{" would start a template
    /// expression and a trailing "{…}" would be read as attributes; "\{" is a plain brace to both.
    /// </summary>
    internal static string Escape(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '*' or '_' or '[' or ']' or '`' or '{' or '}' or '<' or '>' or '|')
            {
                result.Append('\\');
            }

            result.Append(c);
        }

        return result.ToString();
    }

    // A paragraph that begins "2024. The…", "- " or "# " would otherwise be read as a list or a heading.
    private static string EscapeLineStart(string line)
    {
        if (OrderedStart().Match(line) is { Success: true } ordered)
        {
            return line[..ordered.Groups[1].Length] + "\\" + line[ordered.Groups[1].Length..];
        }

        return line.Length > 0 && line[0] is '#' or '-' or '+' or '=' ? "\\" + line : line;
    }

    private static IEnumerable<ImportedRun> Merge(IReadOnlyList<ImportedRun> runs)
    {
        ImportedRun? pending = null;
        foreach (var run in runs)
        {
            if (pending is not null && pending.Style == run.Style && pending.Link == run.Link)
            {
                pending = pending with { Text = pending.Text + run.Text };
                continue;
            }

            if (pending is not null)
            {
                yield return pending;
            }

            pending = run;
        }

        if (pending is not null)
        {
            yield return pending;
        }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^(\d+)[.)](\s|$)")]
    private static partial Regex OrderedStart();
}
