namespace PolicyKit.Rendering.Docx.Packaging;

/// <summary>A part to write into the .docx: its name inside the zip, content type, content writer and relationships.</summary>
internal sealed record PackagePart(
    string Path,
    string ContentType,
    Action<Stream> WriteContent,
    IReadOnlyList<PartRelationship> Relationships)
{
    public static PackagePart FromBytes(string path, string contentType, ReadOnlyMemory<byte> bytes, IReadOnlyList<PartRelationship>? relationships = null) =>
        new(path, contentType, stream => stream.Write(bytes.Span), relationships ?? []);
}
