using System.Text;
using System.Text.RegularExpressions;
using PolicyKit.Model.Document;
using PolicyKit.Rendering.Html.Body;
using PolicyKit.Rendering.Html.Redline;
using PolicyKit.Tests.Rendering.Html;

namespace PolicyKit.Tests.Redlining;

/// <summary>
/// The text a reader sees in the body of a redline web page after taking every change one way: leave out each del
/// (accept) or each ins (reject), and the labels screen readers announce.
/// </summary>
internal static partial class RedlineHtml
{
    public static string BodyText(PolicyDocument document) => Text(Body(document), drop: null);

    public static string BodyTextAfter(PolicyDocument redline, bool accept) => Text(Body(redline), accept ? "del" : "ins");

    public static HtmlTree Body(PolicyDocument document)
    {
        var context = new HtmlRenderContext(document, AnchorIds.For(document));
        context.Blocks.RenderAll(document.Body, context);
        return HtmlTree.Parse("<div>" + context.Html + "</div>");
    }

    private static string Text(HtmlTree tree, string? drop)
    {
        var text = new StringBuilder();
        Append(tree, drop, text);
        return Whitespace().Replace(text.ToString(), " ").Trim();
    }

    private static void Append(HtmlTree element, string? drop, StringBuilder text)
    {
        foreach (var child in element.Children)
        {
            if (child is string words)
            {
                text.Append(words);
            }
            else if (child is HtmlTree inner && inner.Name != drop && !inner.HasClass(RevisionTags.LabelClass))
            {
                Append(inner, drop, text);
            }
        }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
