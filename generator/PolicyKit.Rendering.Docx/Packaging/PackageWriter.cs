using System.IO.Compression;
using System.Text;
using System.Xml;

namespace PolicyKit.Rendering.Docx.Packaging;

/// <summary>
/// Writes an OPC package straight to a zip. System.IO.Packaging stamps every entry with the current time; writing the
/// zip ourselves with a fixed timestamp and a fixed entry order makes the same document give byte-identical files.
/// </summary>
internal static class PackageWriter
{
    private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string ContentTypesNamespace = "http://schemas.openxmlformats.org/package/2006/content-types";

    // The earliest time a zip (DOS) timestamp can hold.
    private static readonly DateTimeOffset EntryTimestamp = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static readonly XmlWriterSettings XmlSettings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        CloseOutput = false,
    };

    public static void Write(Stream output, IReadOnlyList<PackagePart> parts, IReadOnlyList<PartRelationship> packageRelationships)
    {
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);

        // OPC readers that stream the zip expect [Content_Types].xml first.
        WriteEntry(zip, "[Content_Types].xml", stream => WriteContentTypes(stream, parts));
        WriteEntry(zip, "_rels/.rels", stream => WriteRelationships(stream, packageRelationships));
        foreach (var part in parts)
        {
            WriteEntry(zip, part.Path, part.WriteContent);
            if (part.Relationships.Count > 0)
            {
                WriteEntry(zip, RelationshipsPath(part.Path), stream => WriteRelationships(stream, part.Relationships));
            }
        }
    }

    private static void WriteEntry(ZipArchive zip, string path, Action<Stream> write)
    {
        var entry = zip.CreateEntry(path, CompressionLevel.Fastest);
        entry.LastWriteTime = EntryTimestamp;
        using var stream = entry.Open();
        write(stream);
    }

    private static string RelationshipsPath(string partPath)
    {
        var slash = partPath.LastIndexOf('/');
        return slash < 0 ? $"_rels/{partPath}.rels" : $"{partPath[..slash]}/_rels/{partPath[(slash + 1)..]}.rels";
    }

    private static void WriteContentTypes(Stream stream, IReadOnlyList<PackagePart> parts)
    {
        using var xml = XmlWriter.Create(stream, XmlSettings);
        xml.WriteStartDocument(standalone: true);
        xml.WriteStartElement("Types", ContentTypesNamespace);
        WriteDefault(xml, "rels", "application/vnd.openxmlformats-package.relationships+xml");
        WriteDefault(xml, "xml", "application/xml");
        foreach (var part in parts)
        {
            xml.WriteStartElement("Override", ContentTypesNamespace);
            xml.WriteAttributeString("PartName", "/" + part.Path);
            xml.WriteAttributeString("ContentType", part.ContentType);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void WriteDefault(XmlWriter xml, string extension, string contentType)
    {
        xml.WriteStartElement("Default", ContentTypesNamespace);
        xml.WriteAttributeString("Extension", extension);
        xml.WriteAttributeString("ContentType", contentType);
        xml.WriteEndElement();
    }

    private static void WriteRelationships(Stream stream, IReadOnlyList<PartRelationship> relationships)
    {
        using var xml = XmlWriter.Create(stream, XmlSettings);
        xml.WriteStartDocument(standalone: true);
        xml.WriteStartElement("Relationships", RelationshipsNamespace);
        foreach (var relationship in relationships)
        {
            xml.WriteStartElement("Relationship", RelationshipsNamespace);
            xml.WriteAttributeString("Id", relationship.Id);
            xml.WriteAttributeString("Type", relationship.Type);
            xml.WriteAttributeString("Target", relationship.Target);
            if (relationship.IsExternal)
            {
                xml.WriteAttributeString("TargetMode", "External");
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }
}
