using PolicyKit.Model.Blocks;

namespace PolicyKit.Rendering.Html.Body;

/// <summary>
/// Clauses and bullets. A clause shows the number <see cref="Model.Numbering.ClauseNumbers"/> gives it (the same
/// as Word's) as text in a hanging column, and carries its clause id so "page.html#screen-lock" opens at it.
/// An item's first paragraph runs on from the number; later blocks follow inside the item.
/// </summary>
internal sealed class ListRenderer : BlockRenderer<ListBlock>
{
    // Label widths beyond this share the widest hanging column in the stylesheet.
    private const int WidestLabelClass = 10;

    protected override void Write(ListBlock block, BlockScope scope, HtmlRenderContext context)
    {
        var layout = ListLayouts.For(block, context.Info.Numbering, scope);
        var inner = new BlockScope(scope.ClauseDepth + (block.Kind == ListKind.Clauses ? 1 : 0));
        switch (layout)
        {
            case ListLayout.Paragraphs:
                foreach (var item in block.Items)
                {
                    WriteAsParagraphs(item, inner, context);
                }

                break;
            case ListLayout.NumberedClauses:
                context.Html.Open("ol", ("class", "clauses label-" + LabelWidth(block, context))).Line();
                WriteItems(block, inner, context, numbered: true);
                context.Html.Close("ol").Line();
                break;
            default:
                context.Html.Open("ul", ("class", "bullets")).Line();
                WriteItems(block, inner, context, numbered: false);
                context.Html.Close("ul").Line();
                break;
        }
    }

    private static void WriteItems(ListBlock block, BlockScope inner, HtmlRenderContext context, bool numbered)
    {
        foreach (var item in block.Items)
        {
            var first = item.Blocks.Count > 0 ? item.Blocks[0] as Paragraph : null;
            context.Html.Open("li", ("id", IdOf(item, first, context)));
            if (numbered && context.Numbers.Label(item) is { } label)
            {
                context.Html.Element("span", label, ("class", "clause-number")).Text(" ");
            }

            if (first is not null)
            {
                context.Inlines.RenderAll(first.Content, context);
            }

            context.Html.Line();
            context.Blocks.RenderAll(first is null ? item.Blocks : item.Blocks.Skip(1), inner, context);
            context.Html.Close("li").Line();
        }
    }

    // Unnumbered scheme: the clause is its paragraph, with the clause id on it; what follows it comes after.
    private static void WriteAsParagraphs(ListItem item, BlockScope inner, HtmlRenderContext context)
    {
        var first = item.Blocks.Count > 0 ? item.Blocks[0] as Paragraph : null;
        var id = IdOf(item, first, context);
        if (first is not null)
        {
            context.Html.Open("p", ("id", id), ("class", "clause"));
            context.Inlines.RenderAll(first.Content, context);
            context.Html.Close("p").Line();
            context.Blocks.RenderAll(item.Blocks.Skip(1), inner, context);
        }
        else if (id is not null)
        {
            context.Html.Open("div", ("id", id), ("class", "clause")).Line();
            context.Blocks.RenderAll(item.Blocks, inner, context);
            context.Html.Close("div").Line();
        }
        else
        {
            context.Blocks.RenderAll(item.Blocks, inner, context);
        }
    }

    // The reader moves a clause's {#id} from its first paragraph to the item; a hand-built model may leave it there.
    private static string? IdOf(ListItem item, Paragraph? first, HtmlRenderContext context) =>
        context.Anchors.IdOf(item) ?? (first is null ? null : context.Anchors.IdOf(first));

    // The hanging column fits the list's longest number ("1.10.2" needs more room than "a.").
    private static int LabelWidth(ListBlock block, HtmlRenderContext context) =>
        Math.Clamp(block.Items.Select(item => context.Numbers.Label(item)?.Length ?? 0).DefaultIfEmpty(0).Max(), 1, WidestLabelClass);
}
