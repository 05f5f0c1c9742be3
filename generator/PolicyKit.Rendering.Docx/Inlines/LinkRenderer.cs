using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using PolicyKit.Model.Inlines;
using PolicyKit.Rendering.Docx.Body;
using PolicyKit.Rendering.Docx.Reference;

namespace PolicyKit.Rendering.Docx.Inlines;

/// <summary>
/// "#clause-id" becomes an internal hyperlink to the clause's bookmark (w:anchor); a URL or mailto: address an
/// external relationship. A target that resolves to neither keeps its text, unlinked.
/// </summary>
internal sealed class LinkRenderer : InlineRenderer<Link>
{
    protected override void Write(Link inline, RunFormat format, RenderContext context, OpenXmlElement parent)
    {
        var hyperlink = parent is Hyperlink ? null : Resolve(inline.Target, context);
        if (hyperlink is null)
        {
            context.Inlines.RenderAll(inline.Content, format, context, parent);
            return;
        }

        context.Inlines.RenderAll(inline.Content, format with { CharacterStyle = StyleIds.Hyperlink }, context, hyperlink);
        parent.Append(hyperlink);
    }

    private static Hyperlink? Resolve(string target, RenderContext context)
    {
        if (target.StartsWith('#'))
        {
            return context.Bookmarks.ForId(target[1..]) is { } bookmark ? new Hyperlink { Anchor = bookmark, History = true } : null;
        }

        return context.Hyperlinks.IdFor(target) is { } id ? new Hyperlink { Id = id, History = true } : null;
    }
}
