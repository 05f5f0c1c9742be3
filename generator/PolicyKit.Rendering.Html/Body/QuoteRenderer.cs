using PolicyKit.Model.Blocks;

namespace PolicyKit.Rendering.Html.Body;

/// <summary>A highlighted note or quoted legislation.</summary>
internal sealed class QuoteRenderer : BlockRenderer<Quote>
{
    protected override void Write(Quote block, HtmlRenderContext context)
    {
        context.Html.Open("blockquote", ("id", context.Anchors.IdOf(block))).Line();
        context.Blocks.RenderAll(block.Blocks, context);
        context.Html.Close("blockquote").Line();
    }
}
