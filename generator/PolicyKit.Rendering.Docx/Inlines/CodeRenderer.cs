using DocumentFormat.OpenXml;
using PolicyKit.Model.Inlines;
using PolicyKit.Rendering.Docx.Body;
using PolicyKit.Rendering.Docx.Reference;

namespace PolicyKit.Rendering.Docx.Inlines;

internal sealed class CodeRenderer : InlineRenderer<Code>
{
    protected override void Write(Code inline, RunFormat format, RenderContext context, OpenXmlElement parent) =>
        parent.Append(RunText.Create(inline.Text, format with { CharacterStyle = StyleIds.VerbatimChar }));
}
