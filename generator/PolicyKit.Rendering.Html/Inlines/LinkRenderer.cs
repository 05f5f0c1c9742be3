using PolicyKit.Model.Inlines;
using PolicyKit.Rendering.Html.Body;
using PolicyKit.Rendering.Html.Writing;

namespace PolicyKit.Rendering.Html.Inlines;

/// <summary>
/// "#clause-id" stays an anchor on this page; an http(s), mailto: or tel: address becomes a link. Any other
/// target (javascript:, a file path, a clause that is not on the page) keeps its text, unlinked, as in Word.
/// </summary>
internal sealed class LinkRenderer : InlineRenderer<Link>
{
    protected override void Write(Link inline, HtmlRenderContext context)
    {
        var href = context.LinkDepth > 0 ? null : Resolve(inline.Target, context);
        if (href is null)
        {
            context.Inlines.RenderAll(inline.Content, context);
            return;
        }

        context.Html.Open("a", ("href", href));
        if (string.IsNullOrWhiteSpace(InlineText.Flatten(inline.Content)))
        {
            // A link needs a name people can read; with no text of its own it shows where it goes.
            context.Html.Text(href.StartsWith('#') ? href : inline.Target.Trim());
        }
        else
        {
            context.LinkDepth++;
            context.Inlines.RenderAll(inline.Content, context);
            context.LinkDepth--;
        }

        context.Html.Close("a");
    }

    private static string? Resolve(string target, HtmlRenderContext context) =>
        target.StartsWith('#')
            ? context.Anchors.Exists(target[1..]) ? target : null
            : SafeHref.External(target);
}
