using DocumentFormat.OpenXml;
using PolicyKit.Model.Blocks;
using PolicyKit.Model.Rendering;
using PolicyKit.Rendering.Docx.Revisions;

namespace PolicyKit.Rendering.Docx.Body;

/// <summary>The one place block renderers are registered.</summary>
internal sealed class BlockRenderers
{
    private readonly RendererTable<Block, IBlockRenderer> _renderers = new("DOCX", new()
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

    public void RenderAll(IEnumerable<Block> blocks, BlockScope scope, RenderContext context, OpenXmlElement container)
    {
        foreach (var block in blocks)
        {
            var renderer = _renderers.For(block);
            context.QueueBookmark(block);
            var before = container.LastChild;
            renderer.Render(block, scope, context, container);
            if (block.Revision is { } mark)
            {
                RevisionMarkup.MarkBlocks(RevisionMarkup.WrittenAfter(container, before), mark, context);
            }
        }
    }
}
