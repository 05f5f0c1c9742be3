using PolicyKit.Model.Inlines;
using PolicyKit.Rendering.Html.Body;

namespace PolicyKit.Rendering.Html.Inlines;

internal sealed class EmphasisRenderer : InlineRenderer<Emphasis>
{
    protected override void Write(Emphasis inline, HtmlRenderContext context)
    {
        context.Html.Open("em");
        context.Inlines.RenderAll(inline.Content, context);
        context.Html.Close("em");
    }
}
