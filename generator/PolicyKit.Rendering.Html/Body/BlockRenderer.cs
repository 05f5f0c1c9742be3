using PolicyKit.Model.Blocks;

namespace PolicyKit.Rendering.Html.Body;

/// <summary>Base for the renderer of one block type.</summary>
internal abstract class BlockRenderer<TBlock> : IBlockRenderer
    where TBlock : Block
{
    public void Render(Block block, HtmlRenderContext context) => Write((TBlock)block, context);

    protected abstract void Write(TBlock block, HtmlRenderContext context);
}
