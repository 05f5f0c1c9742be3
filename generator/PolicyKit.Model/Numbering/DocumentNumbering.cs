using PolicyKit.Model.Blocks;
using PolicyKit.Model.Document;

namespace PolicyKit.Model.Numbering;

/// <summary>
/// The numbering of one document under its scheme: for each heading and list item its level and the number it
/// shows ("3.", "b.", "ii.", "1.2.1"), and for each list how its items are drawn. Worked out once, so Word's list
/// numbering, the contents and the web page all show the same thing; renderers only draw it.
/// </summary>
public sealed class DocumentNumbering
{
    /// <summary>The deepest list level (0-based): Word's multilevel lists have nine.</summary>
    public const int MaxLevel = 8;

    private readonly Dictionary<Node, NodeNumber> _nodes = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<ListBlock, ListLayout> _lists = new(ReferenceEqualityComparer.Instance);

    private DocumentNumbering(DocumentInfo info)
    {
        Scheme = info.NumberingScheme;
        PolicyNumber = info.PolicyNumber;
    }

    /// <summary>The scheme the numbers follow.</summary>
    public NumberingScheme Scheme { get; }

    /// <summary>The policy's number that every section number starts with ("7.1"), or null when it has none.</summary>
    public int? PolicyNumber { get; }

    /// <summary>How the items of a list in this document are drawn.</summary>
    public ListLayout Layout(ListBlock list) =>
        _lists.TryGetValue(list, out var layout) ? layout : throw new ArgumentException("The list is not part of this document.", nameof(list));

    /// <summary>The list level a heading or list item is drawn at (0 = top), or null when it has no marker.</summary>
    public int? Level(Node node) => _nodes.TryGetValue(node, out var number) ? number.Level : null;

    /// <summary>The number shown before a heading, clause or item of a plain numbered list, or null when it has none (bullets, unnumbered scheme).</summary>
    public string? Label(Node node) => _nodes.TryGetValue(node, out var number) ? number.Label : null;

    /// <summary>
    /// For a redline: the numbers one of its two versions gives each heading and clause, as if every change were
    /// accepted (<paramref name="old"/> false) or rejected (true). Nodes only in the other version have none.
    /// </summary>
    public static DocumentNumbering OfVersion(PolicyDocument document, bool old)
    {
        ArgumentNullException.ThrowIfNull(document);
        var numbering = new DocumentNumbering(document.Info);
        new NumberingWalk(numbering.Scheme, numbering.PolicyNumber, numbering._nodes, numbering._lists, node => node.Revision is not { } mark || mark.IsOld == old).Walk(document.Body);
        return numbering;
    }

    internal static DocumentNumbering Of(PolicyDocument document)
    {
        var numbering = new DocumentNumbering(document.Info);
        new NumberingWalk(numbering.Scheme, numbering.PolicyNumber, numbering._nodes, numbering._lists).Walk(document.Body);
        return numbering;
    }
}
