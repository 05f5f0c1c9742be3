using PolicyKit.Import.Reading.Docx;
using PolicyKit.Rendering.Pdf;

namespace PolicyKit.Import.Reading;

/// <summary>
/// Reads an OpenDocument, Word 97-2003 or RTF document by having LibreOffice save it as .docx first, so there is one
/// reader of structure. It finds and runs soffice the way PDF output does, with a profile of its own.
/// </summary>
internal static class OfficeConversion
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    /// <param name="soffice">The LibreOffice program (<see cref="LibreOffice.FindSoffice"/>), or null when it is not installed.</param>
    public static ImportedDocument ReadConverted(string path, string extension, string? soffice)
    {
        if (soffice is null)
        {
            throw ReadErrors.NeedsLibreOffice(path, extension);
        }

        var folder = Path.Combine(Path.GetTempPath(), "policykit-import-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            return LibreOffice.TryConvertToDocx(soffice, path, folder, Limit, out var docx, out var failure)
                ? DocxReader.Read(docx, path)
                : throw ReadErrors.ConversionFailed(path, failure);
        }
        finally
        {
            TryDelete(folder);
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A file the finished soffice still held; it lives under the temp folder and holds only a copy.
        }
    }
}
