using DocumentFormat.OpenXml.Wordprocessing;
using PolicyKit.Rendering.Docx.Packaging;
using PolicyKit.Rendering.Docx.Properties;

namespace PolicyKit.Rendering.Docx.Reference;

/// <summary>Builds the built-in default reference document from the embedded parts and the sample body.</summary>
internal static class DefaultReferenceBuilder
{
    private const string Date = "2000-01-01T00:00:00Z";

    public static byte[] Build()
    {
        var body = new DocumentFormat.OpenXml.Wordprocessing.Body(DefaultReferenceSamples.Body());
        body.Append(new Paragraph(), DefaultSection.Create());
        var document = DocumentBodyWriter.WithNamespaces(new Document(body));

        var parts = new List<PackagePart>
        {
            new("word/document.xml", ContentTypes.Document, PartXml.Writer(document),
            [
                new PartRelationship("rStyles", ContentTypes.StylesRelationship, "styles.xml"),
                new PartRelationship("rSettings", ContentTypes.SettingsRelationship, "settings.xml"),
                new PartRelationship("rFontTable", ContentTypes.FontTableRelationship, "fontTable.xml"),
                new PartRelationship("rTheme", ContentTypes.ThemeRelationship, "theme/theme1.xml"),
            ]),
            PackagePart.FromBytes("word/styles.xml", ContentTypes.Styles, DefaultReferenceResources.Bytes("styles.xml")),
            PackagePart.FromBytes("word/settings.xml", ContentTypes.Settings, DefaultReferenceResources.Bytes("settings.xml")),
            PackagePart.FromBytes("word/fontTable.xml", ContentTypes.FontTable, DefaultReferenceResources.Bytes("fontTable.xml")),
            PackagePart.FromBytes("word/theme/theme1.xml", ContentTypes.Theme, DefaultReferenceResources.Bytes("theme1.xml")),
            new("docProps/core.xml", ContentTypes.CoreProperties,
                DocumentPropertiesWriter.Core("PolicyKit reference document", "Styles for PolicyKit policies", "PolicyKit", "en-GB", Date), []),
            new("docProps/app.xml", ContentTypes.ExtendedProperties, DocumentPropertiesWriter.App(), []),
        };

        using var output = new MemoryStream();
        PackageWriter.Write(output, parts, DocxPackageAssembler.PackageRelationships(custom: false));
        return output.ToArray();
    }
}
