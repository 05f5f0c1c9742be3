using PolicyKit.Model.Diagnostics;

namespace PolicyKit.Sources.Templating;

/// <summary>Template output with, for each output line, the source line it came from.</summary>
internal sealed class ExpandedText(string text, IReadOnlyList<int> sourceLines, string path)
{
    public string Text { get; } = text;

    public string Path { get; } = path;

    /// <summary>Maps a 0-based line and column of <see cref="Text"/> to the source position a person should edit.</summary>
    public SourceSpan SpanAt(int line, int column)
    {
        if (sourceLines.Count == 0)
        {
            return new SourceSpan(Path, 1, column + 1);
        }

        var index = Math.Clamp(line, 0, sourceLines.Count - 1);
        return new SourceSpan(Path, sourceLines[index], column + 1);
    }
}
