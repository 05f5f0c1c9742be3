using PolicyKit.Model.Inlines;
using PolicyKit.Rendering.Html.Body;

namespace PolicyKit.Rendering.Html.Inlines;

/// <summary>Base for the renderer of one inline type.</summary>
internal abstract class InlineRenderer<TInline> : IInlineRenderer
    where TInline : Inline
{
    public void Render(Inline inline, HtmlRenderContext context) => Write((TInline)inline, context);

    protected abstract void Write(TInline inline, HtmlRenderContext context);
}
