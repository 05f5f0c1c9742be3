using DocumentFormat.OpenXml;
using PolicyKit.Model.Inlines;
using PolicyKit.Rendering.Docx.Body;

namespace PolicyKit.Rendering.Docx.Inlines;

internal sealed class StrongRenderer : InlineRenderer<Strong>
{
    protected override void Write(Strong inline, RunFormat format, RenderContext context, OpenXmlElement parent) =>
        context.Inlines.RenderAll(inline.Content, format with { Bold = true }, context, parent);
}
