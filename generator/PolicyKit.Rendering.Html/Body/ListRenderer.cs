using PolicyKit.Model.Blocks;
using PolicyKit.Model.Numbering;
using PolicyKit.Rendering.Html.Redline;

namespace PolicyKit.Rendering.Html.Body;

/// <summary>
/// Clauses, bullets and plain numbered lists, drawn as the model's <see cref="DocumentNumbering"/> lays them out. A clause shows its
/// number (the same as Word's) as text in a hanging column, and carries its clause id so "page.html#screen-lock"
/// opens at it. An item's first paragraph runs on from the number; later blocks follow inside the item.
/// </summary>
internal sealed class ListRenderer : BlockRenderer<ListBlock>
{
    // Label widths beyond this share the widest hanging column in the stylesheet.
    private const int WidestLabelClass = 10;

    protected override void Write(ListBlock block, HtmlRenderContext context)
    {
        switch (context.Numbering.Layout(block).Marker)
        {
            case ItemMarker.None:
                foreach (var item in block.Items)
                {
                    if (item.Revision is { } mark)
                    {
                        ChangedBlock.Open(item, mark, context);
                        WriteAsParagraphs(item, context);
                        ChangedBlock.Close(mark, context);
                    }
                    else
                    {
                        WriteAsParagraphs(item, context);
                    }
                }

                break;
            case ItemMarker.Number:
                context.Html.Open("ol", ("class", "clauses label-" + LabelWidth(block, context))).Line();
                WriteItems(block, context);
                context.Html.Close("ol").Line();
                break;
            case ItemMarker.ListNumber:
                // Drawn as clauses are, number in the hanging column; "plain" says its numbers are its own.
                context.Html.Open("ol", ("class", "clauses plain label-" + LabelWidth(block, context))).Line();
                WriteItems(block, context);
                context.Html.Close("ol").Line();
                break;
            default:
                context.Html.Open("ul", ("class", "bullets")).Line();
                WriteItems(block, context);
                context.Html.Close("ul").Line();
                break;
        }
    }

    private static void WriteItems(ListBlock block, HtmlRenderContext context)
    {
        foreach (var item in block.Items)
        {
            var first = item.Blocks.Count > 0 ? item.Blocks[0] as Paragraph : null;
            context.Html.Open("li", ("id", IdOf(item, first, context)));
            if (item.Revision is { } mark)
            {
                // A list holds only items, so a changed clause's ins or del goes inside its li.
                ChangedBlock.Open(item, mark, context);
            }

            context.WriteNumber(item, "clause-number");
            if (first is not null)
            {
                context.Inlines.RenderAll(first.Content, context);
            }

            context.Html.Line();
            context.Blocks.RenderAll(first is null ? item.Blocks : item.Blocks.Skip(1), context);
            if (item.Revision is { } marked)
            {
                ChangedBlock.Close(marked, context);
            }

            context.Html.Close("li").Line();
        }
    }

    // A clause without a marker is its paragraph, with the clause id on it; what follows it comes after.
    private static void WriteAsParagraphs(ListItem item, HtmlRenderContext context)
    {
        var first = item.Blocks.Count > 0 ? item.Blocks[0] as Paragraph : null;
        var id = IdOf(item, first, context);
        if (first is not null)
        {
            context.Html.Open("p", ("id", id), ("class", "clause"));
            context.Inlines.RenderAll(first.Content, context);
            context.Html.Close("p").Line();
            context.Blocks.RenderAll(item.Blocks.Skip(1), context);
        }
        else if (id is not null)
        {
            context.Html.Open("div", ("id", id), ("class", "clause")).Line();
            context.Blocks.RenderAll(item.Blocks, context);
            context.Html.Close("div").Line();
        }
        else
        {
            context.Blocks.RenderAll(item.Blocks, context);
        }
    }

    // The reader moves a clause's {#id} from its first paragraph to the item; a hand-built model may leave it there.
    private static string? IdOf(ListItem item, Paragraph? first, HtmlRenderContext context) =>
        context.Anchors.IdOf(item) ?? (first is null ? null : context.Anchors.IdOf(first));

    // The hanging column fits the list's longest number ("1.10.2" needs more room than "a.").
    private static int LabelWidth(ListBlock block, HtmlRenderContext context) =>
        Math.Clamp(block.Items.Select(item => context.Numbering.Label(item)?.Length ?? 0).DefaultIfEmpty(0).Max(), 1, WidestLabelClass);
}
