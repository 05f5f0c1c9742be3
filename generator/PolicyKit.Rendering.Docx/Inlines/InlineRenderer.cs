using DocumentFormat.OpenXml;
using PolicyKit.Model.Inlines;
using PolicyKit.Rendering.Docx.Body;

namespace PolicyKit.Rendering.Docx.Inlines;

/// <summary>Base for the renderer of one inline type.</summary>
internal abstract class InlineRenderer<TInline> : IInlineRenderer
    where TInline : Inline
{
    public void Render(Inline inline, RunFormat format, RenderContext context, OpenXmlElement parent) =>
        Write((TInline)inline, format, context, parent);

    protected abstract void Write(TInline inline, RunFormat format, RenderContext context, OpenXmlElement parent);
}
