using PolicyKit.Model.Document;
using PolicyKit.Rendering.Html.Policy;

namespace PolicyKit.Rendering.Html;

/// <summary>Renders one policy as a self-contained, accessible HTML page (stylesheet and logo inlined, no script).</summary>
public static class HtmlRenderer
{
    /// <summary>The page's HTML. The same document and links always give the same string.</summary>
    /// <exception cref="ArgumentException">A link in <paramref name="links"/> is not a relative address.</exception>
    public static string Render(PolicyDocument document, HtmlPageLinks links)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(links);
        return PolicyPageWriter.Write(document, links);
    }
}
