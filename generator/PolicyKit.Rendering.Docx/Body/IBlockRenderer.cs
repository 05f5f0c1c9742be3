using DocumentFormat.OpenXml;
using PolicyKit.Model.Blocks;

namespace PolicyKit.Rendering.Docx.Body;

/// <summary>Writes one kind of block into a container (the body, a table cell).</summary>
internal interface IBlockRenderer
{
    void Render(Block block, BlockScope scope, RenderContext context, OpenXmlElement container);
}
