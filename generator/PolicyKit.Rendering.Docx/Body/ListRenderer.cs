using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using PolicyKit.Model.Blocks;
using PolicyKit.Rendering.Docx.Inlines;
using PolicyKit.Rendering.Docx.Lists;
using PolicyKit.Rendering.Docx.Revisions;
using Paragraph = PolicyKit.Model.Blocks.Paragraph;

namespace PolicyKit.Rendering.Docx.Body;

/// <summary>
/// Clauses, bullets and plain numbered lists numbered by Word's own list numbering (w:numPr), never typed numbers, so inserting a
/// clause in Word renumbers the rest; the model says which level and marker each list has. An item's first
/// paragraph carries the number; later blocks are indented continuation paragraphs.
/// </summary>
internal sealed class ListRenderer : BlockRenderer<ListBlock>
{
    protected override void Write(ListBlock block, BlockScope scope, RenderContext context, OpenXmlElement container)
    {
        var layout = context.Numbering.ForList(block, scope.Indent);
        var childScope = new BlockScope(layout.Style, layout.TextIndent);

        foreach (var item in block.Items)
        {
            var before = container.LastChild;
            context.QueueBookmark(item);
            var first = item.Blocks.Count > 0 ? item.Blocks[0] as Paragraph : null;
            if (first is not null)
            {
                context.QueueBookmark(first);
            }

            var paragraph = context.NewParagraph(NumberedProperties(layout));
            if (first is not null)
            {
                context.Inlines.RenderAll(first.Content, RunFormat.Plain, context, paragraph);
            }

            container.Append(paragraph);
            context.Blocks.RenderAll(first is null ? item.Blocks : item.Blocks.Skip(1), childScope, context, container);
            if (item.Revision is { } mark)
            {
                RevisionMarkup.MarkBlocks(RevisionMarkup.WrittenAfter(container, before), mark, context);
            }
        }
    }

    private static ParagraphProperties NumberedProperties(WordList layout)
    {
        if (layout.NumId is not { } numId)
        {
            return Paragraphs.Properties(layout.Style, layout.TextIndent);
        }

        var properties = Paragraphs.Properties(layout.Style);
        properties.NumberingProperties = Paragraphs.Numbered(layout.Level, numId);
        if (layout.Hanging is { } hanging)
        {
            // Set on the paragraph, this wins over the list level's own indent (ECMA-376 17.3.1.12).
            properties.Indentation = new Indentation { Left = Paragraphs.Twips(layout.TextIndent), Hanging = Paragraphs.Twips(hanging) };
        }

        return properties;
    }
}
