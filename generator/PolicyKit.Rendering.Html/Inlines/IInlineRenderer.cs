using PolicyKit.Model.Inlines;
using PolicyKit.Rendering.Html.Body;

namespace PolicyKit.Rendering.Html.Inlines;

/// <summary>Writes one kind of inline.</summary>
internal interface IInlineRenderer
{
    void Render(Inline inline, HtmlRenderContext context);
}
