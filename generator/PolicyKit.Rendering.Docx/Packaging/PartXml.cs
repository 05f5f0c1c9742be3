using System.Xml;
using DocumentFormat.OpenXml;

namespace PolicyKit.Rendering.Docx.Packaging;

/// <summary>Serialises Open XML SDK elements as part content.</summary>
internal static class PartXml
{
    public static Action<Stream> Writer(OpenXmlElement root) => stream =>
    {
        using var xml = XmlWriter.Create(stream, PackageWriter.XmlSettings);
        xml.WriteStartDocument(standalone: true);
        root.WriteTo(xml);
    };

    public static byte[] ToBytes(OpenXmlElement root)
    {
        using var buffer = new MemoryStream();
        Writer(root)(buffer);
        return buffer.ToArray();
    }
}
