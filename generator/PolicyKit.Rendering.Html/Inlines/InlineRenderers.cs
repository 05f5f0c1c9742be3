using PolicyKit.Model.Inlines;
using PolicyKit.Model.Rendering;
using PolicyKit.Rendering.Html.Body;

namespace PolicyKit.Rendering.Html.Inlines;

/// <summary>The one place inline renderers are registered.</summary>
internal sealed class InlineRenderers
{
    private readonly RendererTable<Inline, IInlineRenderer> _renderers = new("HTML", new()
    {
        [typeof(TextRun)] = new TextRunRenderer(),
        [typeof(Strong)] = new StrongRenderer(),
        [typeof(Emphasis)] = new EmphasisRenderer(),
        [typeof(Link)] = new LinkRenderer(),
        [typeof(LineBreak)] = new LineBreakRenderer(),
        [typeof(Code)] = new CodeRenderer(),
        [typeof(TrackedChange)] = new TrackedChangeRenderer(),
    });

    private InlineRenderers()
    {
    }

    public static InlineRenderers Instance { get; } = new();

    public void RenderAll(IEnumerable<Inline> inlines, HtmlRenderContext context)
    {
        foreach (var inline in inlines)
        {
            var renderer = _renderers.For(inline);
            renderer.Render(inline, context);
        }
    }
}
