using PolicyKit.Rendering.Docx.Packaging;

namespace PolicyKit.Rendering.Docx.Reference;

/// <summary>A part copied from the reference document, with the parts it relates to (e.g. a font table's embedded fonts).</summary>
internal sealed record ReferencePart(
    string Path,
    string ContentType,
    string RelationshipType,
    byte[] Content,
    IReadOnlyList<PartRelationship> Relationships,
    IReadOnlyList<ReferencePart> Children)
{
    public IEnumerable<PackagePart> Flatten()
    {
        yield return PackagePart.FromBytes(Path, ContentType, Content, Relationships);
        foreach (var part in Children.SelectMany(child => child.Flatten()))
        {
            yield return part;
        }
    }
}
