using PolicyKit.Model.Blocks;
using PolicyKit.Model.Inlines;

namespace PolicyKit.Rendering.Html.Body;

/// <summary>
/// Section headings one rank below the page title (level 1 → h2, 2 → h3, 3 → h4), showing the number the Word
/// document gives them, each with an id so a link can point at it. Every heading is offered to the contents, which
/// lists as many levels as the layout asks for.
/// </summary>
internal sealed class HeadingRenderer : BlockRenderer<Heading>
{
    protected override void Write(Heading block, HtmlRenderContext context)
    {
        var level = Math.Clamp(block.Level, 1, 3);
        var tag = "h" + (level + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var id = context.Anchors.IdOf(block) ?? throw new InvalidOperationException("Every heading is given an id before rendering.");
        var html = context.Html.Open(tag, ("id", id));
        var number = context.WriteNumber(block, "heading-number");

        context.Inlines.RenderAll(block.Content, context);
        html.Close(tag).Line();

        context.AddContentsEntry(new ContentsEntry(level, number, InlineText.Flatten(block.Content), id));
    }
}
