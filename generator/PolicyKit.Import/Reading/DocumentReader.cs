using PolicyKit.Import.Reading.Docx;
using PolicyKit.Import.Reading.Pdf;
using PolicyKit.Rendering.Pdf;

namespace PolicyKit.Import.Reading;

/// <summary>Reads a .docx, an .odt (converted to .docx by LibreOffice first) or a .pdf (text only).</summary>
internal static class DocumentReader
{
    /// <summary>Reads the document at <paramref name="path"/>.</summary>
    /// <exception cref="ImportException">The file cannot be read: missing, not the format its extension says, protected, or LibreOffice is not installed for an .odt.</exception>
    public static ImportedDocument Read(string path)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension is not (".docx" or ".docm" or ".odt" or ".doc" or ".rtf" or ".pdf"))
        {
            throw ReadErrors.Unsupported(path, extension);
        }

        if (!File.Exists(path))
        {
            throw ReadErrors.NotFound(path);
        }

        return extension switch
        {
            ".docx" or ".docm" => DocxReader.Read(path, path),
            ".pdf" => PdfTextReader.Read(path),
            _ => OfficeConversion.ReadConverted(path, extension, LibreOffice.FindSoffice()),
        };
    }
}
