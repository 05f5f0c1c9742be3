using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using PolicyKit.Model.Document;
using PolicyKit.Model.Layout;
using PolicyKit.Rendering.Docx.Body;
using PolicyKit.Rendering.Docx.Sections;

namespace PolicyKit.Rendering.Docx;

/// <summary>
/// Builds word/document.xml from the document's layout: cover, metadata, a change log at the start, the text
/// before the contents, contents, policy body, a change log at the end, signatures, page setup.
/// </summary>
internal static class DocumentBodyWriter
{
    public const string HeaderRelationshipId = "rHeader";
    public const string FooterRelationshipId = "rFooter";

    public static Document Write(PolicyDocument document, RenderContext context, string sectionPropertiesXml)
    {
        var layout = context.Layout;
        var body = new DocumentFormat.OpenXml.Wordprocessing.Body();

        // Policy body first: it numbers the headings the contents will list.
        context.Blocks.RenderAll(document.Body, BlockScope.Root, context, body);
        if (layout.BodyOnNewPage)
        {
            StartOnNewPage(body);
        }

        // Back matter: a change log at the end, then signatures; Word keeps a paragraph after a table that ends the document.
        body.Append(ChangeLogWriter.Write(context, ChangeLogPlacement.End));
        body.Append(SignatureBlockWriter.Write(context));
        body.Append(new Paragraph());

        // Front matter goes before the body now that every heading is known.
        var front = new List<OpenXmlElement>();
        front.AddRange(TitleBlockWriter.Write(document.Info, layout));
        front.AddRange(MetadataTableWriter.Write(context));
        front.AddRange(ChangeLogWriter.Write(context, ChangeLogPlacement.Start));
        front.AddRange(BeforeContents(layout, context));

        // The contents come last: a change log at the start has just added its entry.
        front.AddRange(TableOfContentsWriter.Write(context.TocEntries, layout.ContentsDepth));
        for (var i = 0; i < front.Count; i++)
        {
            body.InsertAt(front[i], i);
        }

        // Page setup from the reference document, with this document's header and footer (references come first in w:sectPr).
        var section = new SectionProperties(sectionPropertiesXml);
        foreach (var reference in HeaderFooterWriter.References(HeaderRelationshipId, FooterRelationshipId).Reverse())
        {
            section.PrependChild(reference);
        }

        body.Append(section);
        return WithNamespaces(new Document(body));
    }

    // The layout's own paragraphs (an adoption statement, say), drawn like body text so their links and emphasis work.
    private static List<OpenXmlElement> BeforeContents(DocumentLayout layout, RenderContext context)
    {
        if (layout.BeforeContents.Count == 0)
        {
            return [];
        }

        var holder = new DocumentFormat.OpenXml.Wordprocessing.Body();
        context.Blocks.RenderAll(layout.BeforeContents, BlockScope.Root, context, holder);
        var written = holder.ChildElements.ToList();
        holder.RemoveAllChildren();
        return written;
    }

    // Like a printed policy, the text starts on the page after the title block and contents.
    private static void StartOnNewPage(DocumentFormat.OpenXml.Wordprocessing.Body body)
    {
        if (body.FirstChild is Paragraph first)
        {
            first.ParagraphProperties ??= new ParagraphProperties();
            first.ParagraphProperties.PageBreakBefore = new PageBreakBefore();
        }
        else
        {
            body.PrependChild(new Paragraph(new Run(new Break { Type = BreakValues.Page })));
        }
    }

    /// <summary>Declares the namespaces once on the root instead of on every drawing and hyperlink.</summary>
    public static Document WithNamespaces(Document document)
    {
        document.AddNamespaceDeclaration("w", "http://schemas.openxmlformats.org/wordprocessingml/2006/main");
        document.AddNamespaceDeclaration("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
        document.AddNamespaceDeclaration("wp", "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing");
        document.AddNamespaceDeclaration("a", "http://schemas.openxmlformats.org/drawingml/2006/main");
        document.AddNamespaceDeclaration("pic", "http://schemas.openxmlformats.org/drawingml/2006/picture");
        return document;
    }
}
