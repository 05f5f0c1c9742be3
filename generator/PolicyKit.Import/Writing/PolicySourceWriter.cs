using System.Text;
using PolicyKit.Import.Recognition;
using PolicyKit.Model.Diagnostics;

namespace PolicyKit.Import.Writing;

/// <summary>Writes an imported policy as <c>policies/&lt;id&gt;.md</c>: YAML front matter, then the Markdown body.</summary>
internal static class PolicySourceWriter
{
    public static WrittenSource Write(ImportedPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var lines = new SourceLines();

        // Phase 1: the front matter, remembering each key's line for the warnings about it.
        var keyLines = new Dictionary<string, int>(StringComparer.Ordinal);
        lines.Add("---");
        foreach (var (key, value) in policy.FrontMatter)
        {
            keyLines[key] = lines.Count + 1;
            if (value is IEnumerable<IReadOnlyList<KeyValuePair<string, object>>> entries)
            {
                lines.Add($"{key}:");
                foreach (var entry in entries)
                {
                    var first = true;
                    foreach (var (entryKey, entryValue) in entry)
                    {
                        lines.Add($"{(first ? "  - " : "    ")}{entryKey}: {YamlScalar.Write(entryValue)}");
                        first = false;
                    }
                }
            }
            else
            {
                lines.Add($"{key}: {YamlScalar.Write(value)}");
            }
        }

        lines.Add("---");

        // Phase 2: the body, each warning placed at the line its content is written on.
        lines.Add(string.Empty);
        new BodyWriter(lines).Blocks(policy.Body, indent: 0);

        // Phase 3: warnings about the document or its details go to the key they concern, else the first line.
        foreach (var warning in policy.Warnings.Where(w => !lines.Placed.Contains(w)))
        {
            var key = warning.Code switch
            {
                DiagnosticCodes.ImportHistoryRowUnreadable => "version-history",
                _ => null,
            };
            lines.Warn(key is not null && keyLines.TryGetValue(key, out var line) ? line : 1, warning);
        }

        var placed = lines.Warnings.OrderBy(w => w.Line).ToList();
        return new WrittenSource(lines.Text(), placed);
    }

    /// <summary>The Markdown of some body nodes alone, as a school override's <c>with:</c> text holds them.</summary>
    public static string WriteBlocks(IReadOnlyList<SourceNode> nodes)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        var lines = new SourceLines();
        new BodyWriter(lines).Blocks(nodes, indent: 0);
        return lines.Text();
    }
}

/// <summary>A source's lines as they are written, and the warnings placed on them.</summary>
internal sealed class SourceLines
{
    private readonly List<string> _lines = [];

    public int Count => _lines.Count;

    public List<PlacedWarning> Warnings { get; } = [];

    public HashSet<ImportWarning> Placed { get; } = new(ReferenceEqualityComparer.Instance);

    public bool EndsWithBlank => _lines.Count == 0 || _lines[^1].Length == 0;

    public void Add(string line) => _lines.Add(line.TrimEnd());

    public void Blank()
    {
        if (!EndsWithBlank)
        {
            _lines.Add(string.Empty);
        }
    }

    public void Warn(int line, ImportWarning warning)
    {
        if (Placed.Add(warning))
        {
            Warnings.Add(new PlacedWarning(line, warning));
        }
    }

    public string Text()
    {
        var end = _lines.Count;
        while (end > 0 && _lines[end - 1].Length == 0)
        {
            end--;
        }

        var text = new StringBuilder();
        foreach (var line in _lines.Take(end))
        {
            text.Append(line).Append('\n');
        }

        return text.ToString();
    }
}

/// <summary>A source file's text and each warning at the 1-based line of that text where its content is.</summary>
internal sealed record WrittenSource(string Text, IReadOnlyList<PlacedWarning> Warnings);

internal sealed record PlacedWarning(int Line, ImportWarning Warning);
