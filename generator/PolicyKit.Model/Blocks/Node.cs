using PolicyKit.Model.Diagnostics;

namespace PolicyKit.Model.Blocks;

/// <summary>Base of every block: where it came from and its attributes (clause id, classes).</summary>
public abstract class Node
{
    public SourceSpan Span { get; init; }

    public NodeAttributes Attributes { get; init; } = NodeAttributes.Empty;

    /// <summary>The clause id (from <c>{#id}</c> in the source), or null.</summary>
    public string? Id => Attributes.Id;
}
