using DocumentFormat.OpenXml.Wordprocessing;
using PolicyKit.Model.Document;
using PolicyKit.Rendering.Docx.Body;
using PolicyKit.Rendering.Docx.Packaging;
using PolicyKit.Rendering.Docx.Properties;
using PolicyKit.Rendering.Docx.Reference;
using PolicyKit.Rendering.Docx.Sections;

namespace PolicyKit.Rendering.Docx;

/// <summary>
/// Puts the rendered document, the reference document's parts and the document properties into one package, with
/// fixed relationship ids and part order so the same document always gives the same bytes.
/// </summary>
internal static class DocxPackageAssembler
{
    private const string DocumentPath = "word/document.xml";

    public static void Write(Stream output, DocumentInfo info, DocxReferenceDocument reference, RenderContext context, Document document)
    {
        var parts = reference.Parts;
        var documentRelationships = new List<PartRelationship>();
        var packageParts = new List<PackagePart>();

        // Reference document parts: branded styles, settings, theme, fonts, web settings.
        (string Id, ReferencePart? Part)[] referenceParts =
        [
            ("rStyles", reference.StylesFor(info.Branding, info.Language, toc3: context.Layout.ContentsDepth >= 3)),
            ("rSettings", parts.Settings),
            ("rWebSettings", parts.WebSettings),
            ("rFontTable", parts.FontTable),
            ("rTheme", parts.Theme),
        ];
        foreach (var (id, part) in referenceParts)
        {
            if (part is not null)
            {
                documentRelationships.Add(new PartRelationship(id, part.RelationshipType, PartPaths.Relative(DocumentPath, part.Path)));
                packageParts.AddRange(part.Flatten());
            }
        }

        // Parts made for this document: numbering, header, footer, logo.
        AddOwn(ContentTypes.Numbering, ContentTypes.NumberingRelationship, "rNumbering", "word/numbering.xml", PartXml.Writer(context.Numbering.Build()));
        AddOwn(ContentTypes.Header, ContentTypes.HeaderRelationship, DocumentBodyWriter.HeaderRelationshipId, "word/header1.xml", PartXml.Writer(HeaderFooterWriter.Header(info)));
        AddOwn(ContentTypes.Footer, ContentTypes.FooterRelationship, DocumentBodyWriter.FooterRelationshipId, "word/footer1.xml", PartXml.Writer(HeaderFooterWriter.Footer(info)));
        if (info.Organisation.Logo is { } logo && TitleBlockWriter.DrawsLogo(info, context.Layout))
        {
            var (extension, contentType) = logo.Format == ImageFormat.Png ? ("png", "image/png") : ("jpeg", "image/jpeg");
            var bytes = logo.Bytes;
            AddOwn(contentType, ContentTypes.ImageRelationship, TitleBlockWriter.LogoRelationshipId, $"word/media/logo.{extension}", stream => stream.Write(bytes.Span));
        }

        documentRelationships.AddRange(context.Hyperlinks.Relationships);
        packageParts.Insert(0, new PackagePart(DocumentPath, ContentTypes.Document, PartXml.Writer(document), documentRelationships));

        // Document properties.
        packageParts.Add(new PackagePart("docProps/core.xml", ContentTypes.CoreProperties, DocumentPropertiesWriter.Core(info), []));
        packageParts.Add(new PackagePart("docProps/app.xml", ContentTypes.ExtendedProperties, DocumentPropertiesWriter.App(), []));
        packageParts.Add(new PackagePart("docProps/custom.xml", ContentTypes.CustomProperties, DocumentPropertiesWriter.CustomProperties(info), []));
        PackageWriter.Write(output, packageParts, PackageRelationships(custom: true));

        void AddOwn(string contentType, string relationshipType, string id, string path, Action<Stream> write)
        {
            documentRelationships.Add(new PartRelationship(id, relationshipType, PartPaths.Relative(DocumentPath, path)));
            packageParts.Add(new PackagePart(path, contentType, write, []));
        }
    }

    public static IReadOnlyList<PartRelationship> PackageRelationships(bool custom)
    {
        var relationships = new List<PartRelationship>
        {
            new("rDocument", ContentTypes.OfficeDocumentRelationship, DocumentPath),
            new("rCore", ContentTypes.CorePropertiesRelationship, "docProps/core.xml"),
            new("rApp", ContentTypes.ExtendedPropertiesRelationship, "docProps/app.xml"),
        };
        if (custom)
        {
            relationships.Add(new("rCustom", ContentTypes.CustomPropertiesRelationship, "docProps/custom.xml"));
        }

        return relationships;
    }
}
