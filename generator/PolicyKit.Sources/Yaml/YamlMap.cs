using System.Globalization;
using PolicyKit.Model.Diagnostics;
using PolicyKit.Sources.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PolicyKit.Sources.Yaml;

/// <summary>
/// A YAML mapping read key by key. Every value read is checked for type and reported with its position;
/// keys that were never asked for are reported by <see cref="ReportUnknownKeys"/> with a suggestion.
/// </summary>
internal sealed class YamlMap
{
    private readonly YamlMappingNode _node;
    private readonly int _lineOffset;
    private readonly HashSet<string> _asked = new(StringComparer.Ordinal);

    public YamlMap(YamlMappingNode node, string path, int lineOffset, DiagnosticBag diagnostics)
    {
        _node = node;
        Path = path;
        _lineOffset = lineOffset;
        Diagnostics = diagnostics;
    }

    public string Path { get; }

    public DiagnosticBag Diagnostics { get; }

    public SourceSpan Span => SpanOf(_node);

    public static YamlMap Empty(string path, int lineOffset, DiagnosticBag diagnostics) =>
        new(new YamlMappingNode(), path, lineOffset, diagnostics);

    public IEnumerable<string> Keys => _node.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? string.Empty);

    public SourceSpan SpanOf(YamlNode node) =>
        node.Start.Line == 0 ? new SourceSpan(Path, _lineOffset + 1, 1) : new SourceSpan(Path, (int)node.Start.Line + _lineOffset, (int)node.Start.Column);

    /// <summary>Position of a key, or of the mapping when the key is absent.</summary>
    public SourceSpan SpanOfKey(string key) => FindKey(key) is { } k ? SpanOf(k) : Span;

    public SourceSpan SpanOfValue(string key) => Find(key) is { } v ? SpanOf(v) : Span;

    /// <summary>Where a key and its value lie in the parsed text (start and end character index), or null when the key is absent.</summary>
    public (int Start, int End)? TextRangeOf(string key)
    {
        if (FindKey(key) is not { } k || Find(key) is not { } v)
        {
            return null;
        }

        // A block mapping's end mark is the next key's start, past any comment lines for that key; its last value is not.
        var end = v is YamlMappingNode { Style: not YamlDotNet.Core.Events.MappingStyle.Flow } or YamlSequenceNode { Style: not YamlDotNet.Core.Events.SequenceStyle.Flow }
            ? v.AllNodes.OfType<YamlScalarNode>().Select(n => n.End.Index).DefaultIfEmpty(v.Start.Index).Max()
            : v.End.Index;
        return ((int)k.Start.Index, (int)end);
    }

    /// <summary>The first and last line of the file this mapping's keys and values occupy.</summary>
    public (int First, int Last) Lines()
    {
        var last = _node.AllNodes.Select(n => n.End.Line).DefaultIfEmpty(_node.Start.Line).Max();
        // A block scalar's end mark sits at the start of the line after its text.
        if (_node.AllNodes.OfType<YamlScalarNode>().Any(n => n.End.Line == last && n.Style is ScalarStyle.Literal or ScalarStyle.Folded && n.End.Column == 1))
        {
            last--;
        }

        return (SpanOf(_node).Line, (int)last + _lineOffset);
    }

    public bool Has(string key)
    {
        _asked.Add(key);
        return Find(key) is not null;
    }

    public string? String(string key, bool required = false)
    {
        var node = Get(key, required);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode scalar)
        {
            var value = scalar.Value?.Trim();
            if (string.IsNullOrEmpty(value))
            {
                if (required)
                {
                    Diagnostics.Error(DiagnosticCodes.MissingKey, SpanOf(node), $"'{key}' must not be empty.");
                }

                return null;
            }

            return value;
        }

        Invalid(node, key, "a single value");
        return null;
    }

    public bool? Bool(string key, bool required = false)
    {
        var text = String(key, required);
        if (text is null)
        {
            return null;
        }

        switch (text.ToLowerInvariant())
        {
            case "true" or "yes": return true;
            case "false" or "no": return false;
            default:
                Invalid(Find(key)!, key, "true or false");
                return null;
        }
    }

    public int? Int(string key, bool required = false)
    {
        var text = String(key, required);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Invalid(Find(key)!, key, "a whole number");
        return null;
    }

    public DateOnly? Date(string key, bool required = false)
    {
        var text = String(key, required);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Invalid(Find(key)!, key, "a date written as YYYY-MM-DD, e.g. 2025-09-03");
        return null;
    }

    /// <summary>
    /// A date that may be known only to the month, written YYYY-MM-DD, YYYY-MM or "June 2023": a month stands for its
    /// first day, or its last when <paramref name="endOfMonth"/> (a review due "June 2027" is due by the end of June).
    /// </summary>
    public (DateOnly? Date, bool MonthOnly) DateOrMonth(string key, bool required = false, bool endOfMonth = false)
    {
        var text = String(key, required);
        if (text is null)
        {
            return (null, false);
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return (date, false);
        }

        if (Month(text) is { } month)
        {
            return (endOfMonth ? month.AddMonths(1).AddDays(-1) : month, true);
        }

        Invalid(Find(key)!, key, "a date written as YYYY-MM-DD, e.g. 2025-09-03, or a month written as YYYY-MM or June 2025");
        return (null, false);
    }

    /// <summary>Whether the value of <paramref name="key"/> is a month with no day ("2023-06", "June 2023").</summary>
    public bool IsMonth(string key) => Find(key) is YamlScalarNode { Value: { } text } && Month(text.Trim()) is not null;

    private static DateOnly? Month(string text)
    {
        string[] formats = ["yyyy'-'MM", "MMMM yyyy", "MMM yyyy"];
        return DateOnly.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowInnerWhite, out var month) ? month : null;
    }

    /// <summary>A list of single values; a single value is accepted as a list of one.</summary>
    public IReadOnlyList<(string Value, SourceSpan Span)> StringList(string key, bool required = false)
    {
        var node = Get(key, required);
        switch (node)
        {
            case null:
                return [];
            case YamlScalarNode scalar when !string.IsNullOrWhiteSpace(scalar.Value):
                return [(scalar.Value.Trim(), SpanOf(scalar))];
            case YamlSequenceNode sequence:
                var items = new List<(string, SourceSpan)>();
                foreach (var item in sequence.Children)
                {
                    if (item is YamlScalarNode { Value: { } v } && !string.IsNullOrWhiteSpace(v))
                    {
                        items.Add((v.Trim(), SpanOf(item)));
                    }
                    else
                    {
                        Invalid(item, key, "a list of single values");
                    }
                }

                return items;
            default:
                Invalid(node, key, "a list, e.g. [a, b]");
                return [];
        }
    }

    public YamlMap? Map(string key, bool required = false)
    {
        var node = Get(key, required);
        return node switch
        {
            null => null,
            YamlMappingNode mapping => new YamlMap(mapping, Path, _lineOffset, Diagnostics),
            YamlScalarNode { Value: null or "" } => null,
            _ => InvalidMap(node, key),
        };
    }

    public IReadOnlyList<YamlMap> MapList(string key, bool required = false)
    {
        var node = Get(key, required);
        if (node is null)
        {
            return [];
        }

        if (node is not YamlSequenceNode sequence)
        {
            Invalid(node, key, "a list of entries, each starting with '- '");
            return [];
        }

        var maps = new List<YamlMap>();
        foreach (var item in sequence.Children)
        {
            if (item is YamlMappingNode mapping)
            {
                maps.Add(new YamlMap(mapping, Path, _lineOffset, Diagnostics));
            }
            else
            {
                Invalid(item, key, "an entry of 'key: value' lines");
            }
        }

        return maps;
    }

    /// <summary>The raw entries of a free-form mapping (roles, settings), in file order.</summary>
    public IEnumerable<(string Key, YamlNode Value, SourceSpan Span)> Entries()
    {
        foreach (var (key, value) in _node.Children)
        {
            if (key is YamlScalarNode { Value: { } name })
            {
                _asked.Add(name);
                yield return (name, value, SpanOf(key));
            }
        }
    }

    /// <summary>The raw value of a key that may take more than one form (a name or a group of keys), or null.</summary>
    public YamlNode? Node(string key) => Get(key, required: false);

    public YamlMap AsMap(YamlMappingNode node) => new(node, Path, _lineOffset, Diagnostics);

    /// <summary>Reports every key that was never read, suggesting the closest known key.</summary>
    /// <param name="what">Where the keys are, as the message names it ("trust.yaml").</param>
    /// <param name="advice">What to do about a key that is known elsewhere (a school's key in trust.yaml), or null.</param>
    public void ReportUnknownKeys(string what, Func<string, string?>? advice = null)
    {
        foreach (var (key, _) in _node.Children)
        {
            if (key is YamlScalarNode { Value: { } name } && !_asked.Contains(name))
            {
                Diagnostics.Error(
                    DiagnosticCodes.UnknownKey,
                    SpanOf(key),
                    advice?.Invoke(name) is { } text ? $"unknown key '{name}' in {what}: {text}." : $"unknown key '{name}' in {what}{Suggestions.Hint(name, _asked)}.");
            }
        }
    }

    public void Invalid(YamlNode node, string key, string expected) =>
        Diagnostics.Error(DiagnosticCodes.InvalidValue, SpanOf(node), $"'{key}' must be {expected}.");

    private YamlMap? InvalidMap(YamlNode node, string key)
    {
        Invalid(node, key, "a group of 'key: value' lines");
        return null;
    }

    private YamlNode? Get(string key, bool required)
    {
        _asked.Add(key);
        var node = Find(key);
        if (node is null && required)
        {
            Diagnostics.Error(DiagnosticCodes.MissingKey, Span, $"missing required key '{key}'.");
        }

        return node;
    }

    private YamlNode? Find(string key) =>
        _node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private YamlNode? FindKey(string key) =>
        _node.Children.Keys.FirstOrDefault(k => k is YamlScalarNode { Value: { } v } && v == key);
}
