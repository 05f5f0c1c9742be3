using PolicyKit.Model.Diagnostics;

namespace PolicyKit.Sources.Templating;

/// <summary>Template output with, for each output line, where its text was written in the source.</summary>
internal sealed class ExpandedText(string text, IReadOnlyList<ExpandedLine> lines, string path)
{
    public string Text { get; } = text;

    public string Path { get; } = path;

    /// <summary>
    /// Maps a 0-based line and column of <see cref="Text"/> to the source position a person should edit; a column
    /// after an expression that printed more or less than its own source text still lands on the character written.
    /// </summary>
    public SourceSpan SpanAt(int line, int column)
    {
        if (lines.Count == 0)
        {
            return new SourceSpan(Path, 1, column + 1);
        }

        var (sourceLine, sourceColumn) = lines[Math.Clamp(line, 0, lines.Count - 1)].SourceOf(column);
        return new SourceSpan(Path, sourceLine, sourceColumn);
    }
}
