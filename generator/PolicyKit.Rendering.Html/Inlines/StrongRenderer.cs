using PolicyKit.Model.Inlines;
using PolicyKit.Rendering.Html.Body;

namespace PolicyKit.Rendering.Html.Inlines;

internal sealed class StrongRenderer : InlineRenderer<Strong>
{
    protected override void Write(Strong inline, HtmlRenderContext context)
    {
        context.Html.Open("strong");
        context.Inlines.RenderAll(inline.Content, context);
        context.Html.Close("strong");
    }
}
