using PolicyKit.Import.Recognition;

namespace PolicyKit.Import.Writing;

/// <summary>Writes an imported policy as <c>policies/&lt;id&gt;.md</c>: YAML front matter, then the Markdown body.</summary>
internal static class PolicySourceWriter
{
    public static WrittenSource Write(ImportedPolicy policy) =>
        throw new NotImplementedException("Writing is written in Writing/.");

    /// <summary>The Markdown of some body nodes alone, as a school override's <c>with:</c> text holds them.</summary>
    public static string WriteBlocks(IReadOnlyList<SourceNode> nodes) =>
        throw new NotImplementedException("Writing is written in Writing/.");
}

/// <summary>A source file's text and each warning at the 1-based line of that text where its content is.</summary>
internal sealed record WrittenSource(string Text, IReadOnlyList<PlacedWarning> Warnings);

internal sealed record PlacedWarning(int Line, ImportWarning Warning);
