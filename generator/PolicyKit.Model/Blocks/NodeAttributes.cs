namespace PolicyKit.Model.Blocks;

/// <summary>Generic attributes riding on a node, as pandoc does: an id and classes rather than a node type per idea.</summary>
public sealed record NodeAttributes(string? Id, IReadOnlyList<string> Classes)
{
    public static NodeAttributes Empty { get; } = new(null, []);

    public static NodeAttributes WithId(string? id) => id is null ? Empty : new(id, []);

    public bool HasClass(string name) => Classes.Contains(name, StringComparer.Ordinal);
}
