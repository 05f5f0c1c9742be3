using DocumentFormat.OpenXml;
using PolicyKit.Model.Inlines;
using PolicyKit.Rendering.Docx.Body;

namespace PolicyKit.Rendering.Docx.Inlines;

internal sealed class TextRunRenderer : InlineRenderer<TextRun>
{
    protected override void Write(TextRun inline, RunFormat format, RenderContext context, OpenXmlElement parent) =>
        parent.Append(RunText.Create(inline.Text, format));
}
