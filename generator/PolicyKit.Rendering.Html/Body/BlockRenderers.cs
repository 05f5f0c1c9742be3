using PolicyKit.Model.Blocks;

namespace PolicyKit.Rendering.Html.Body;

/// <summary>The one place block renderers are registered.</summary>
internal sealed class BlockRenderers
{
    private readonly Dictionary<Type, IBlockRenderer> _renderers = new()
    {
        [typeof(Heading)] = new HeadingRenderer(),
        [typeof(Paragraph)] = new ParagraphRenderer(),
        [typeof(ListBlock)] = new ListRenderer(),
        [typeof(Table)] = new TableRenderer(),
        [typeof(Quote)] = new QuoteRenderer(),
    };

    private BlockRenderers()
    {
    }

    public static BlockRenderers Instance { get; } = new();

    public void RenderAll(IEnumerable<Block> blocks, BlockScope scope, HtmlRenderContext context)
    {
        foreach (var block in blocks)
        {
            if (!_renderers.TryGetValue(block.GetType(), out var renderer))
            {
                throw new InvalidOperationException($"No HTML renderer is registered for {block.GetType().Name}.");
            }

            renderer.Render(block, scope, context);
        }
    }
}
