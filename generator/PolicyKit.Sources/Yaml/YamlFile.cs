using PolicyKit.Model.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PolicyKit.Sources.Yaml;

/// <summary>Parses YAML text into a position-aware map, turning syntax errors into diagnostics.</summary>
internal static class YamlFile
{
    /// <param name="lineOffset">Lines before the YAML in its file (front matter starts after the opening '---').</param>
    public static YamlMap? Parse(string text, string path, int lineOffset, DiagnosticBag diagnostics)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            var message = (ex.InnerException as YamlException)?.Message ?? ex.Message;
            diagnostics.Error(
                DiagnosticCodes.YamlSyntax,
                new SourceSpan(path, (int)ex.Start.Line + lineOffset, (int)ex.Start.Column),
                $"YAML syntax error: {Clean(message)}");
            return null;
        }
        catch (ArgumentException ex) when (ex.Message.Contains("same key", StringComparison.Ordinal))
        {
            // YamlDotNet reports a repeated key as a dictionary error without a position.
            diagnostics.Error(DiagnosticCodes.YamlSyntax, new SourceSpan(path, 1 + lineOffset, 1), "YAML syntax error: a key appears twice in the same mapping; remove one of them.");
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return YamlMap.Empty(path, lineOffset, diagnostics);
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            var node = stream.Documents[0].RootNode;
            diagnostics.Error(DiagnosticCodes.YamlSyntax, new SourceSpan(path, (int)node.Start.Line + lineOffset, (int)node.Start.Column), "expected 'key: value' lines at the top level of this YAML.");
            return null;
        }

        return new YamlMap(root, path, lineOffset, diagnostics);
    }

    // YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: 20) - (…): "; the position is printed separately.
    private static string Clean(string message)
    {
        var index = message.LastIndexOf("): ", StringComparison.Ordinal);
        var text = index >= 0 && message.StartsWith("(Line", StringComparison.Ordinal) ? message[(index + 3)..] : message;
        return text.TrimEnd('.') + ".";
    }
}
