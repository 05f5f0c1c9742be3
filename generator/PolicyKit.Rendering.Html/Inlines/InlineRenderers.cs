using PolicyKit.Model.Inlines;
using PolicyKit.Rendering.Html.Body;

namespace PolicyKit.Rendering.Html.Inlines;

/// <summary>The one place inline renderers are registered.</summary>
internal sealed class InlineRenderers
{
    private readonly Dictionary<Type, IInlineRenderer> _renderers = new()
    {
        [typeof(TextRun)] = new TextRunRenderer(),
        [typeof(Strong)] = new StrongRenderer(),
        [typeof(Emphasis)] = new EmphasisRenderer(),
        [typeof(Link)] = new LinkRenderer(),
        [typeof(LineBreak)] = new LineBreakRenderer(),
        [typeof(Code)] = new CodeRenderer(),
    };

    private InlineRenderers()
    {
    }

    public static InlineRenderers Instance { get; } = new();

    public void RenderAll(IEnumerable<Inline> inlines, HtmlRenderContext context)
    {
        foreach (var inline in inlines)
        {
            if (!_renderers.TryGetValue(inline.GetType(), out var renderer))
            {
                throw new InvalidOperationException($"No HTML renderer is registered for {inline.GetType().Name}.");
            }

            renderer.Render(inline, context);
        }
    }
}
