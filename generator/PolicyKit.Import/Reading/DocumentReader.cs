namespace PolicyKit.Import.Reading;

/// <summary>Reads a .docx, an .odt (converted to .docx by LibreOffice first) or a .pdf (text only).</summary>
internal static class DocumentReader
{
    /// <summary>Reads the document at <paramref name="path"/>.</summary>
    /// <exception cref="ImportException">The file cannot be read: missing, not the format its extension says, protected, or LibreOffice is not installed for an .odt.</exception>
    public static ImportedDocument Read(string path) => throw new NotImplementedException("Reading is written in Reading/.");
}
