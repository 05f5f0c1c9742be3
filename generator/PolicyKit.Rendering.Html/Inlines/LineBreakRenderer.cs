using PolicyKit.Model.Inlines;
using PolicyKit.Rendering.Html.Body;

namespace PolicyKit.Rendering.Html.Inlines;

internal sealed class LineBreakRenderer : InlineRenderer<LineBreak>
{
    protected override void Write(LineBreak inline, HtmlRenderContext context) => context.Html.Open("br");
}
