using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using PolicyKit.Model.Blocks;
using PolicyKit.Rendering.Docx.Inlines;
using PolicyKit.Rendering.Docx.Lists;
using Paragraph = PolicyKit.Model.Blocks.Paragraph;

namespace PolicyKit.Rendering.Docx.Body;

/// <summary>
/// Clauses and bullets numbered by Word's own list numbering (w:numPr), never typed numbers, so inserting a
/// clause in Word renumbers the rest. An item's first paragraph carries the number; later blocks are indented
/// continuation paragraphs; nested lists go one level deeper.
/// </summary>
internal sealed class ListRenderer : BlockRenderer<ListBlock>
{
    protected override void Write(ListBlock block, BlockScope scope, RenderContext context, OpenXmlElement container)
    {
        var layout = ListLayout.For(block, scope, context.Numbering);
        var childScope = new BlockScope(
            layout.Style,
            layout.TextIndent,
            layout.Level,
            scope.ClauseDepth + (block.Kind == ListKind.Clauses ? 1 : 0));

        foreach (var item in block.Items)
        {
            context.QueueBookmark(item);
            var first = item.Blocks.Count > 0 ? item.Blocks[0] as Paragraph : null;
            if (first is not null)
            {
                context.QueueBookmark(first);
            }

            var paragraph = context.NewParagraph(NumberedProperties(layout, scope));
            if (first is not null)
            {
                context.Inlines.RenderAll(first.Content, RunFormat.Plain, context, paragraph);
            }

            container.Append(paragraph);
            context.Blocks.RenderAll(first is null ? item.Blocks : item.Blocks.Skip(1), childScope, context, container);
        }
    }

    private static ParagraphProperties NumberedProperties(ListLayout layout, BlockScope scope)
    {
        if (layout.NumId is not { } numId)
        {
            return Paragraphs.Properties(layout.Style, scope.Indent);
        }

        var properties = Paragraphs.Properties(layout.Style);
        properties.NumberingProperties = Paragraphs.Numbered(layout.Level, numId);
        return properties;
    }
}
