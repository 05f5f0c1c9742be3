using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using PolicyKit.Generator.Redlining;
using PolicyKit.Model.Document;
using PolicyKit.Rendering.Docx;

namespace PolicyKit.Tests.Redlining;

/// <summary>Renders redlines and documents for the redline tests, and checks them with the Open XML validator.</summary>
internal static class RedlineDocuments
{
    public const string Author = "Trust central team";

    public static readonly DateOnly Date = new(2026, 3, 2);

    private static readonly OpenXmlValidator Validator = new(DocumentFormat.OpenXml.FileFormatVersions.Microsoft365);

    public static Redline Compare(PolicyDocument from, PolicyDocument to) => Redliner.Compare(from, to, (from.Info.Version, to.Info.Version), Author, Date);

    public static byte[] Docx(PolicyDocument document)
    {
        using var stream = new MemoryStream();
        DocxRenderer.Render(document, stream, new DocxRenderOptions { ReferenceDocument = DocxReferenceDocument.Default });
        return stream.ToArray();
    }

    public static List<string> ValidationErrors(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, false);
        return [.. Validator.Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}")];
    }
}
