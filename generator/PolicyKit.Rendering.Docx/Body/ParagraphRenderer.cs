using DocumentFormat.OpenXml;
using PolicyKit.Rendering.Docx.Inlines;
using Paragraph = PolicyKit.Model.Blocks.Paragraph;

namespace PolicyKit.Rendering.Docx.Body;

internal sealed class ParagraphRenderer : BlockRenderer<Paragraph>
{
    protected override void Write(Paragraph block, BlockScope scope, RenderContext context, OpenXmlElement container)
    {
        var paragraph = context.NewParagraph(Paragraphs.Properties(scope.ParagraphStyle, scope.Indent));
        context.Inlines.RenderAll(block.Content, RunFormat.Plain, context, paragraph);
        container.Append(paragraph);
    }
}
