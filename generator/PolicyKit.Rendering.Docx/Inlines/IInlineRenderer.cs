using DocumentFormat.OpenXml;
using PolicyKit.Model.Inlines;
using PolicyKit.Rendering.Docx.Body;

namespace PolicyKit.Rendering.Docx.Inlines;

/// <summary>Writes one kind of inline into a paragraph or hyperlink.</summary>
internal interface IInlineRenderer
{
    void Render(Inline inline, RunFormat format, RenderContext context, OpenXmlElement parent);
}
