using System.Xml;
using PolicyKit.Model.Document;
using PolicyKit.Rendering.Docx.Packaging;

namespace PolicyKit.Rendering.Docx.Properties;

/// <summary>docProps/core.xml, app.xml and custom.xml (ECMA-376 Part 2, 11; Part 1, 22.2 and 22.3).</summary>
internal static class DocumentPropertiesWriter
{
    private const string Cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private const string Dc = "http://purl.org/dc/elements/1.1/";
    private const string DcTerms = "http://purl.org/dc/terms/";
    private const string Xsi = "http://www.w3.org/2001/XMLSchema-instance";
    private const string Extended = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties";
    private const string Custom = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties";
    private const string VariantTypes = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes";

    // The format id every user-defined custom property carries (ECMA-376 Part 1, 22.3.2.2).
    private const string CustomFormatId = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}";

    public static Action<Stream> Core(string title, string subject, string creator, string language, string date) => stream => Write(stream, xml =>
    {
        xml.WriteStartElement("cp", "coreProperties", Cp);
        xml.WriteAttributeString("xmlns", "dc", null, Dc);
        xml.WriteAttributeString("xmlns", "dcterms", null, DcTerms);
        xml.WriteAttributeString("xmlns", "xsi", null, Xsi);
        xml.WriteElementString("dc", "title", Dc, title);
        xml.WriteElementString("dc", "subject", Dc, subject);
        xml.WriteElementString("dc", "creator", Dc, creator);
        xml.WriteElementString("cp", "keywords", Cp, "policy");
        xml.WriteElementString("dc", "language", Dc, language);
        foreach (var name in new[] { "created", "modified" })
        {
            xml.WriteStartElement("dcterms", name, DcTerms);
            xml.WriteAttributeString("xsi", "type", Xsi, "dcterms:W3CDTF");
            xml.WriteString(date);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    });

    public static Action<Stream> Core(DocumentInfo info) =>
        Core(info.Title, $"{info.Title} \u2014 {info.Organisation.Name}", info.WrittenBy ?? info.Organisation.Name, info.Language, DocumentDates.W3c(info));

    /// <summary>app.xml names the application and deliberately holds no dates or statistics that would vary.</summary>
    public static Action<Stream> App() => stream => Write(stream, xml =>
    {
        xml.WriteStartElement("Properties", Extended);
        xml.WriteElementString("Application", Extended, "PolicyKit");
        xml.WriteEndElement();
    });

    public static Action<Stream> CustomProperties(DocumentInfo info) => stream => Write(stream, xml =>
    {
        xml.WriteStartElement("Properties", Custom);
        xml.WriteAttributeString("xmlns", "vt", null, VariantTypes);
        (string Name, string Value)[] properties =
        [
            ("PolicyId", info.PolicyId),
            ("PolicyVersion", info.Version),
            ("NextReviewDate", info.NextReview.ToString("yyyy'-'MM'-'dd", System.Globalization.CultureInfo.InvariantCulture)),
            ("InputHash", info.InputHash),
        ];

        // Property ids start at 2: 0 and 1 are reserved (ECMA-376 Part 1, 22.3.2.2).
        for (var i = 0; i < properties.Length; i++)
        {
            xml.WriteStartElement("property", Custom);
            xml.WriteAttributeString("fmtid", CustomFormatId);
            xml.WriteAttributeString("pid", (i + 2).ToString(System.Globalization.CultureInfo.InvariantCulture));
            xml.WriteAttributeString("name", properties[i].Name);
            xml.WriteElementString("vt", "lpwstr", VariantTypes, properties[i].Value);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    });

    private static void Write(Stream stream, Action<XmlWriter> body)
    {
        using var xml = XmlWriter.Create(stream, PackageWriter.XmlSettings);
        xml.WriteStartDocument(standalone: true);
        body(xml);
    }
}
