using System.IO.Compression;

namespace PolicyKit.Rendering.Pdf.Checking;

/// <summary>
/// A cheap look at the input before LibreOffice gets it. LibreOffice repairs damaged packages silently, and its
/// type detection falls back to importing anything as plain text, so a bad file must be stopped here.
/// </summary>
internal static class DocxInputCheck
{
    /// <returns>Null when the file is a readable Word package, else why it is not.</returns>
    public static string? Problem(string path)
    {
        if (!File.Exists(path))
        {
            return "the .docx file does not exist";
        }

        try
        {
            using var zip = ZipFile.OpenRead(path);
            return zip.GetEntry("word/document.xml") is null
                ? "it is not a Word document (the package has no word/document.xml)"
                : null;
        }
        catch (InvalidDataException)
        {
            return "it is not a Word document (not a readable .docx package: damaged, truncated or another format)";
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return $"the .docx file could not be read: {ex.Message}";
        }
    }
}
