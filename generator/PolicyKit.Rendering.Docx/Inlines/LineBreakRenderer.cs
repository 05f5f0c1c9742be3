using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using PolicyKit.Model.Inlines;
using PolicyKit.Rendering.Docx.Body;

namespace PolicyKit.Rendering.Docx.Inlines;

internal sealed class LineBreakRenderer : InlineRenderer<LineBreak>
{
    protected override void Write(LineBreak inline, RunFormat format, RenderContext context, OpenXmlElement parent) =>
        parent.Append(new Run(new Break()));
}
