using DocumentFormat.OpenXml;
using PolicyKit.Model.Inlines;
using PolicyKit.Rendering.Docx.Body;

namespace PolicyKit.Rendering.Docx.Inlines;

internal sealed class EmphasisRenderer : InlineRenderer<Emphasis>
{
    protected override void Write(Emphasis inline, RunFormat format, RenderContext context, OpenXmlElement parent) =>
        context.Inlines.RenderAll(inline.Content, format with { Italic = true }, context, parent);
}
