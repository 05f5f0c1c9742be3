using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PolicyKit.Generator.History;

/// <summary>
/// The version a policy file's text is: its newest (last) <c>version-history</c> entry's. Read leniently, because an
/// old commit may hold a file that no longer passes validation; such a file simply names no version.
/// </summary>
internal static class NewestVersion
{
    public static string? Of(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd() != "---")
        {
            return null;
        }

        var end = Array.FindIndex(lines, 1, line => line.TrimEnd() is "---" or "...");
        if (end < 0)
        {
            return null;
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(string.Join('\n', lines[1..end])));
        }
        catch (YamlException)
        {
            return null;
        }

        return stream.Documents is [{ RootNode: YamlMappingNode root }, ..]
            && root.Children.TryGetValue(new YamlScalarNode("version-history"), out var history)
            && history is YamlSequenceNode { Children: [.., YamlMappingNode newest] }
            && newest.Children.TryGetValue(new YamlScalarNode("version"), out var version)
            && version is YamlScalarNode { Value: { Length: > 0 } value }
                ? value
                : null;
    }
}
