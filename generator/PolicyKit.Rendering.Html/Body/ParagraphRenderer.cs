using PolicyKit.Model.Blocks;

namespace PolicyKit.Rendering.Html.Body;

/// <summary>A paragraph; one with an id (an unnumbered clause overrides can address) is a link target.</summary>
internal sealed class ParagraphRenderer : BlockRenderer<Paragraph>
{
    protected override void Write(Paragraph block, HtmlRenderContext context)
    {
        context.Html.Open("p", ("id", context.Anchors.IdOf(block)));
        context.Inlines.RenderAll(block.Content, context);
        context.Html.Close("p").Line();
    }
}
