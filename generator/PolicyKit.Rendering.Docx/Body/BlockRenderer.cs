using DocumentFormat.OpenXml;
using PolicyKit.Model.Blocks;

namespace PolicyKit.Rendering.Docx.Body;

/// <summary>Base for the renderer of one block type.</summary>
internal abstract class BlockRenderer<TBlock> : IBlockRenderer
    where TBlock : Block
{
    public void Render(Block block, BlockScope scope, RenderContext context, OpenXmlElement container) =>
        Write((TBlock)block, scope, context, container);

    protected abstract void Write(TBlock block, BlockScope scope, RenderContext context, OpenXmlElement container);
}
