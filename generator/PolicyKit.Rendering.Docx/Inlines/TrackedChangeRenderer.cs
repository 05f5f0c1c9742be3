using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using PolicyKit.Model.Inlines;
using PolicyKit.Rendering.Docx.Body;
using PolicyKit.Rendering.Docx.Revisions;

namespace PolicyKit.Rendering.Docx.Inlines;

/// <summary>
/// Words inserted into or deleted from a clause. w:ins and w:del may hold runs but not hyperlinks, so the content is
/// drawn as usual and each run, inside a hyperlink or not, is wrapped where it stands.
/// </summary>
internal sealed class TrackedChangeRenderer : InlineRenderer<TrackedChange>
{
    protected override void Write(TrackedChange inline, RunFormat format, RenderContext context, OpenXmlElement parent)
    {
        var holder = new Paragraph();
        context.Inlines.RenderAll(inline.Content, format, context, holder);
        RevisionMarkup.WrapRuns(holder, inline.Mark, context);
        foreach (var child in holder.ChildElements.ToList())
        {
            child.Remove();
            parent.Append(child);
        }
    }
}
