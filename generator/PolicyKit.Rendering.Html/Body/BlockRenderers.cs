using PolicyKit.Model.Blocks;
using PolicyKit.Model.Rendering;

namespace PolicyKit.Rendering.Html.Body;

/// <summary>The one place block renderers are registered.</summary>
internal sealed class BlockRenderers
{
    private readonly RendererTable<Block, IBlockRenderer> _renderers = new("HTML", new()
    {
        [typeof(Heading)] = new HeadingRenderer(),
        [typeof(Paragraph)] = new ParagraphRenderer(),
        [typeof(ListBlock)] = new ListRenderer(),
        [typeof(Table)] = new TableRenderer(),
        [typeof(Quote)] = new QuoteRenderer(),
    });

    private BlockRenderers()
    {
    }

    public static BlockRenderers Instance { get; } = new();

    public void RenderAll(IEnumerable<Block> blocks, HtmlRenderContext context)
    {
        foreach (var block in blocks)
        {
            var renderer = _renderers.For(block);
            if (block.Revision is { } mark)
            {
                Redline.ChangedBlock.Open(block, mark, context);
                renderer.Render(block, context);
                Redline.ChangedBlock.Close(mark, context);
            }
            else
            {
                renderer.Render(block, context);
            }
        }
    }
}
