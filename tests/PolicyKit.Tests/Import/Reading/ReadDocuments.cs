using PolicyKit.Import.Reading;
using PolicyKit.Tests.Import.Support;

namespace PolicyKit.Tests.Import.Reading;

/// <summary>Saves a builder's document to a temporary folder and reads it back.</summary>
internal sealed class ReadDocuments : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("policykit-read-").FullName;

    public string Save(WordDocumentBuilder builder, string name = "policy.docx")
    {
        var path = Path.Combine(Folder, name);
        builder.Save(path);
        return path;
    }

    public ImportedDocument Read(WordDocumentBuilder builder) => DocumentReader.Read(Save(builder));

    public static List<ImportedParagraph> Paragraphs(ImportedDocument document) => document.Blocks.OfType<ImportedParagraph>().ToList();

    public static ImportedParagraph Find(ImportedDocument document, string text) =>
        Assert.Single(Paragraphs(document), p => p.Text == text);

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
