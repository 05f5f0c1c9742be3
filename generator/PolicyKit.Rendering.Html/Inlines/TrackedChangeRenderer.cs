using PolicyKit.Model.Inlines;
using PolicyKit.Rendering.Html.Body;
using PolicyKit.Rendering.Html.Redline;

namespace PolicyKit.Rendering.Html.Inlines;

/// <summary>Words inserted into or deleted from a clause: ins or del, underlined or struck through, with a label for screen readers.</summary>
internal sealed class TrackedChangeRenderer : InlineRenderer<TrackedChange>
{
    protected override void Write(TrackedChange inline, HtmlRenderContext context)
    {
        RevisionTags.Open(context.Html, inline.Mark, null, context.Redline?.ChangeId(inline), inline.Mark.IsOld ? "deleted:" : "inserted:", visibleLabel: false);
        context.Inlines.RenderAll(inline.Content, context);
        RevisionTags.Close(context.Html, inline.Mark);
    }
}
