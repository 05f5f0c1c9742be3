using PolicyKit.Model.Document;
using PolicyKit.Rendering.Docx.Body;

namespace PolicyKit.Rendering.Docx;

/// <summary>Renders a policy document to a Word (.docx) file styled by a reference document.</summary>
public static class DocxRenderer
{
    /// <summary>
    /// Writes a complete .docx to <paramref name="output"/>. The same document and reference document always give
    /// byte-identical output. Thread-safe: renders may run in parallel with a shared reference document.
    /// </summary>
    public static void Render(PolicyDocument document, Stream output, DocxRenderOptions options)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);

        var reference = options.ReferenceDocument;
        var context = new RenderContext(document, reference.Parts.TextWidthTwips, reference.Parts.TextMetrics);
        var body = DocumentBodyWriter.Write(document, context, reference.Parts.SectionPropertiesXml);
        DocxPackageAssembler.Write(output, document.Info, reference, context, body);
    }
}
