using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using PolicyKit.Model.Inlines;
using PolicyKit.Rendering.Docx.Inlines;
using PolicyKit.Rendering.Docx.Reference;
using Heading = PolicyKit.Model.Blocks.Heading;

namespace PolicyKit.Rendering.Docx.Body;

/// <summary>
/// Headings in Heading1..3, numbered through the scheme's shared list so Word renumbers them; every heading gets
/// a bookmark for its table-of-contents entry.
/// </summary>
internal sealed class HeadingRenderer : BlockRenderer<Heading>
{
    protected override void Write(Heading block, BlockScope scope, RenderContext context, OpenXmlElement container)
    {
        var level = Math.Clamp(block.Level, 1, 3);
        var number = context.Numbering.Label(block);

        var bookmark = block.Id is { } id ? context.Bookmarks.ForId(id) : null;
        if (bookmark is null)
        {
            bookmark = context.Bookmarks.NextHeadingName();
            context.QueueBookmark(bookmark);
        }

        var paragraph = context.NewParagraph(new ParagraphProperties
        {
            ParagraphStyleId = new ParagraphStyleId { Val = StyleIds.Heading(level) },
            NumberingProperties = context.Numbering.ForHeading(block),
        });
        context.Inlines.RenderAll(block.Content, RunFormat.Plain, context, paragraph);
        container.Append(paragraph);

        // The TOC field lists levels 1 to the layout's depth: only these get entries.
        if (level <= context.Layout.ContentsDepth)
        {
            var text = InlineText.Flatten(block.Content);
            context.AddTocEntry(new TocEntry(level, number is null ? text : $"{number} {text}", bookmark));
        }
    }
}
