using DocumentFormat.OpenXml.Packaging;
using PolicyKit.Rendering.Docx.Packaging;

namespace PolicyKit.Rendering.Docx.Reference;

/// <summary>
/// Snapshots a reference document's part and everything it relates to. Related parts are renamed under
/// word/reference/ so they can never collide with the parts the renderer writes.
/// </summary>
internal sealed class ReferencePartCopier
{
    private int _count;

    public ReferencePart Copy(OpenXmlPart part, string path, byte[]? content = null)
    {
        var relationships = new List<PartRelationship>();
        var children = new List<ReferencePart>();
        foreach (var pair in part.Parts)
        {
            var childPath = $"word/reference/part{++_count}{Path.GetExtension(pair.OpenXmlPart.Uri.OriginalString)}";
            children.Add(Copy(pair.OpenXmlPart, childPath));
            relationships.Add(new PartRelationship(pair.RelationshipId, pair.OpenXmlPart.RelationshipType, PartPaths.Relative(path, childPath)));
        }

        foreach (var external in part.ExternalRelationships)
        {
            relationships.Add(new PartRelationship(external.Id, external.RelationshipType, external.Uri.OriginalString, IsExternal: true));
        }

        foreach (var hyperlink in part.HyperlinkRelationships)
        {
            relationships.Add(new PartRelationship(hyperlink.Id, hyperlink.RelationshipType, hyperlink.Uri.OriginalString, hyperlink.IsExternal));
        }

        return new ReferencePart(path, part.ContentType, part.RelationshipType, content ?? ReadAll(part), relationships, children);
    }

    private static byte[] ReadAll(OpenXmlPart part)
    {
        using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
