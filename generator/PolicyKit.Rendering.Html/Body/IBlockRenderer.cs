using PolicyKit.Model.Blocks;

namespace PolicyKit.Rendering.Html.Body;

/// <summary>Writes one kind of block.</summary>
internal interface IBlockRenderer
{
    void Render(Block block, HtmlRenderContext context);
}
