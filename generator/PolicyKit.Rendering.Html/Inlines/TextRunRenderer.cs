using PolicyKit.Model.Inlines;
using PolicyKit.Rendering.Html.Body;

namespace PolicyKit.Rendering.Html.Inlines;

internal sealed class TextRunRenderer : InlineRenderer<TextRun>
{
    protected override void Write(TextRun inline, HtmlRenderContext context) => context.Html.Text(inline.Text);
}
