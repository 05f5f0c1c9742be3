using PolicyKit.Model.Inlines;
using PolicyKit.Rendering.Html.Body;

namespace PolicyKit.Rendering.Html.Inlines;

/// <summary>Literal text such as a key combination or an address shown as typed.</summary>
internal sealed class CodeRenderer : InlineRenderer<Code>
{
    protected override void Write(Code inline, HtmlRenderContext context) => context.Html.Element("code", inline.Text);
}
