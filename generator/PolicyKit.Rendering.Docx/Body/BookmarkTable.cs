using PolicyKit.Model.Blocks;

namespace PolicyKit.Rendering.Docx.Body;

/// <summary>
/// Bookmark names for every node with an id, found before rendering so a link can point forward to a clause.
/// </summary>
internal sealed class BookmarkTable
{
    private readonly Dictionary<string, string> _byId = new(StringComparer.Ordinal);
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);
    private int _headingOrdinal;
    private int _nextId;

    public BookmarkTable(IEnumerable<Block> body)
    {
        foreach (var node in body.Descendants())
        {
            if (node.Id is { } id && !_byId.ContainsKey(id))
            {
                _byId[id] = Unique(BookmarkNames.FromId(id));
            }
        }
    }

    public string? ForId(string id) => _byId.GetValueOrDefault(id);

    public string NextHeadingName()
    {
        string name;
        do
        {
            name = BookmarkNames.ForHeading(++_headingOrdinal);
        }
        while (!_used.Add(name));
        return name;
    }

    /// <summary>Bookmark ids must be unique per document (ECMA-376 17.13.6.2).</summary>
    public int NextId() => _nextId++;

    private string Unique(string name)
    {
        var candidate = name;
        for (var n = 2; !_used.Add(candidate); n++)
        {
            var suffix = "_" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            candidate = name[..Math.Min(name.Length, 40 - suffix.Length)] + suffix;
        }

        return candidate;
    }
}
