using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PolicyKit.Generator.Ratifying;

/// <summary>
/// A YAML file (or a policy's front matter) as the lines its author wrote, with the parsed mapping beside them so a
/// key can be found by its position. Edits are made to the lines, never by writing the YAML out again, because
/// YamlDotNet's writer would drop the author's comments, quoting and blank lines.
/// </summary>
internal sealed class YamlLines
{
    private YamlLines(string[] lines, string newLine, int firstLine, YamlMappingNode? root)
    {
        Lines = lines;
        NewLine = newLine;
        FirstLine = firstLine;
        Root = root;
    }

    /// <summary>Every line of the file, without line endings; the last is empty when the file ends with a line break.</summary>
    public string[] Lines { get; }

    /// <summary>The file's own line break, kept for the lines written into it.</summary>
    public string NewLine { get; }

    /// <summary>The file's line number (1-based) of the YAML's first line: 2 in front matter, 1 in a YAML file.</summary>
    public int FirstLine { get; }

    /// <summary>The top-level mapping, or null when the YAML is empty.</summary>
    public YamlMappingNode? Root { get; }

    /// <summary>Reads a whole YAML file.</summary>
    public static YamlLines OfYaml(string text) => Read(text, frontMatter: false);

    /// <summary>Reads the front matter of a policy file: the YAML between its first two '---' lines.</summary>
    public static YamlLines OfFrontMatter(string text) => Read(text, frontMatter: true);

    /// <summary>The file's line (1-based) where <paramref name="mark"/> is.</summary>
    public int LineOf(Mark mark) => (int)mark.Line + FirstLine - 1;

    /// <summary>The key of <paramref name="map"/> called <paramref name="key"/>, with its value; null when it is not written.</summary>
    public static (YamlScalarNode Key, YamlNode Value)? Find(YamlMappingNode? map, string key) =>
        map?.Children.Where(c => c.Key is YamlScalarNode { Value: var k } && k == key).Select(c => ((YamlScalarNode)c.Key, c.Value)).FirstOrDefault() is ({ } k2, { } v) ? (k2, v) : null;

    /// <summary>
    /// The lines (1-based, inclusive) a key and its value take: the key's line and every following line indented
    /// deeper than the key (a block value's continuation), without trailing blank lines.
    /// </summary>
    public (int First, int Last) LinesOf(YamlScalarNode key)
    {
        var first = LineOf(key.Start);
        var keyIndent = (int)key.Start.Column - 1;
        var last = first;
        for (var line = first + 1; line <= Lines.Length; line++)
        {
            var text = Lines[line - 1];
            if (text.Trim().Length == 0)
            {
                continue;
            }

            if (Indent(text) <= keyIndent || text.TrimEnd() is "---" or "...")
            {
                break;
            }

            last = line;
        }

        return (first, last);
    }

    /// <summary>The last line of a mapping's keys and values.</summary>
    public int LastLineOf(YamlMappingNode map) =>
        map.Children.Keys.OfType<YamlScalarNode>().Select(k => LinesOf(k).Last).DefaultIfEmpty(LineOf(map.Start)).Max();

    /// <summary>The spaces before a key of <paramref name="map"/>, for lines written beside it.</summary>
    public static string IndentOf(YamlMappingNode map) => new(' ', (int)map.Start.Column - 1);

    private static int Indent(string line) => line.Length - line.TrimStart(' ').Length;

    private static YamlLines Read(string text, bool frontMatter)
    {
        var newLine = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var yaml = lines;
        var firstLine = 1;
        if (frontMatter)
        {
            var end = Array.FindIndex(lines, 1, l => l.TrimEnd() is "---" or "...");
            yaml = lines[1..end];
            firstLine = 2;
        }

        var stream = new YamlStream();
        stream.Load(new StringReader(string.Join('\n', yaml)));
        var root = stream.Documents.Count > 0 ? stream.Documents[0].RootNode as YamlMappingNode : null;
        return new YamlLines(lines, newLine, firstLine, root);
    }
}
