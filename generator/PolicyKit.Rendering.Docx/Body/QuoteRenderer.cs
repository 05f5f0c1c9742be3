using DocumentFormat.OpenXml;
using PolicyKit.Model.Blocks;
using PolicyKit.Rendering.Docx.Reference;

namespace PolicyKit.Rendering.Docx.Body;

/// <summary>A highlighted note or quoted legislation: its blocks in the Quote style.</summary>
internal sealed class QuoteRenderer : BlockRenderer<Quote>
{
    protected override void Write(Quote block, BlockScope scope, RenderContext context, OpenXmlElement container) =>
        context.Blocks.RenderAll(block.Blocks, scope with { ParagraphStyle = StyleIds.Quote }, context, container);
}
