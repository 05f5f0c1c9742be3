namespace PolicyKit.Model.Rendering;

/// <summary>
/// Which renderer draws each node type in one output format. Every renderer registry (blocks and inlines, Word and
/// HTML) looks its renderers up here, so a node type a format has no renderer for fails the same way everywhere.
/// It knows nothing of any format: the renderer type is the caller's.
/// </summary>
public sealed class RendererTable<TNode, TRenderer>
    where TNode : class
{
    private readonly string _format;
    private readonly Dictionary<Type, TRenderer> _renderers;

    /// <param name="format">The output's name in messages ("DOCX", "HTML").</param>
    public RendererTable(string format, Dictionary<Type, TRenderer> renderers)
    {
        _format = format;
        _renderers = renderers;
    }

    public TRenderer For(TNode node) =>
        _renderers.TryGetValue(node.GetType(), out var renderer)
            ? renderer
            : throw new InvalidOperationException($"No {_format} renderer is registered for {node.GetType().Name}.");
}
