using PolicyKit.Model.Blocks;
using PolicyKit.Model.Document;
using PolicyKit.Model.Inlines;
using PolicyKit.Rendering.Html.Writing;

namespace PolicyKit.Rendering.Html.Body;

/// <summary>
/// Every id on a policy page, decided before anything is written so that they are unique and stable:
/// clause and heading ids from the source keep their exact value (links and sign-off evidence use them), headings
/// without one get a slug of their text, and the page's own sections take whatever is left ("contents-2" if a
/// clause is already called "contents").
/// </summary>
internal sealed class AnchorIds
{
    private readonly Dictionary<Node, string> _ids = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);

    private AnchorIds()
    {
    }

    public static AnchorIds For(PolicyDocument document)
    {
        var anchors = new AnchorIds();

        // Source ids first: they must never be renamed. A repeated id (an error the validator reports) anchors its first use.
        // In a redline a moved clause is there twice: its id anchors where it now stands, not the text moved away.
        var old = document.Body.Descendants().Where(n => n.Revision?.IsOld == true).SelectMany(n => new[] { n }.Descendants()).ToHashSet(ReferenceEqualityComparer.Instance);
        foreach (var node in document.Body.Descendants().OrderBy(n => old.Contains(n)))
        {
            if (node.Id is { Length: > 0 } id && anchors._taken.Add(id))
            {
                anchors._ids[node] = id;
            }
        }

        // Then headings without an id, in document order.
        foreach (var heading in document.Body.Descendants().OfType<Heading>().Where(h => !anchors._ids.ContainsKey(h)))
        {
            anchors._ids[heading] = anchors.Allocate(Slugs.From(InlineText.Flatten(heading.Content), "section"));
        }

        return anchors;
    }

    /// <summary>The id of a node, or null when it has none.</summary>
    public string? IdOf(Node node) => _ids.GetValueOrDefault(node);

    /// <summary>Whether "#id" points at something on this page.</summary>
    public bool Exists(string id) => _taken.Contains(id);

    /// <summary>Reserves <paramref name="wanted"/>, or the first free "wanted-2", "wanted-3"….</summary>
    public string Allocate(string wanted)
    {
        var id = wanted;
        for (var n = 2; !_taken.Add(id); n++)
        {
            id = wanted + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return id;
    }
}
