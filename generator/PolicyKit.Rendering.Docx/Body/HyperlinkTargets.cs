using PolicyKit.Rendering.Docx.Packaging;

namespace PolicyKit.Rendering.Docx.Body;

/// <summary>External link relationships of document.xml, numbered in order of first use so ids are deterministic.</summary>
internal sealed class HyperlinkTargets
{
    private readonly Dictionary<string, string> _ids = new(StringComparer.Ordinal);
    private readonly List<PartRelationship> _relationships = [];

    public IReadOnlyList<PartRelationship> Relationships => _relationships;

    /// <summary>The relationship id for an absolute URL or mailto: address, or null when the target is not a valid URI.</summary>
    public string? IdFor(string target)
    {
        if (_ids.TryGetValue(target, out var id))
        {
            return id;
        }

        if (!Uri.TryCreate(target, UriKind.Absolute, out var uri))
        {
            return null;
        }

        id = "rLink" + (_relationships.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        _ids[target] = id;
        _relationships.Add(new PartRelationship(id, ContentTypes.HyperlinkRelationship, uri.AbsoluteUri, IsExternal: true));
        return id;
    }
}
