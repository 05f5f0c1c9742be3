using PolicyKit.Model.Diagnostics;

namespace PolicyKit.Import.Reading;

/// <summary>The reasons a document cannot be read at all, each naming the file and what to do.</summary>
internal static class ReadErrors
{
    /// <summary>The extensions <see cref="DocumentReader.Read"/> accepts, as listed to people.</summary>
    public const string Accepted = ".docx, .odt, .doc, .rtf or .pdf";

    public static ImportException NotFound(string path) =>
        Error(path, DiagnosticCodes.ImportFileNotFound, "there is no such file; check the folder and the file name.");

    public static ImportException Unsupported(string path, string extension) =>
        Error(path, DiagnosticCodes.ImportUnsupportedFormat, extension.Length == 0
            ? $"the file name has no extension, so PolicyKit cannot tell what kind of document it is; name it {Accepted}."
            : $"'{extension}' documents cannot be imported; save the document as {Accepted} and import that.");

    public static ImportException NotWord(string path) =>
        Error(path, DiagnosticCodes.ImportNotValidDocument,
            "this is not a Word document, although its name ends in .docx (the file is damaged or is another kind of file); open it in Word or LibreOffice and save it again as a Word document (.docx).");

    public static ImportException OldWordNamedDocx(string path) =>
        Error(path, DiagnosticCodes.ImportNotValidDocument,
            "this is an older Word 97-2003 document with a .docx name; rename it to end in .doc and import that, or open it in Word and save it as a Word document (.docx).");

    public static ImportException NotPdf(string path) =>
        Error(path, DiagnosticCodes.ImportNotValidDocument,
            "this is not a PDF, although its name ends in .pdf (the file is damaged or is another kind of file); save the document again as PDF, or import the Word document it was made from.");

    public static ImportException PasswordProtected(string path) =>
        Error(path, DiagnosticCodes.ImportPasswordProtected,
            "the document is protected with a password, so it cannot be read; open it, remove the password (in Word: File > Info > Protect Document > Encrypt with Password, then clear it), save it and import it again.");

    public static ImportException NeedsLibreOffice(string path, string extension) =>
        Error(path, DiagnosticCodes.ImportNeedsLibreOffice,
            $"importing a '{extension}' document needs LibreOffice, which is not installed; install it (sudo apt-get install -y libreoffice-writer-nogui), or save the document as .docx and import that.");

    public static ImportException ConversionFailed(string path, string reason) =>
        Error(path, DiagnosticCodes.ImportConversionFailed,
            $"LibreOffice could not open the document to convert it ({reason}); open it in LibreOffice or Word, save it as .docx and import that.");

    public static ImportException PdfWithoutText(string path) =>
        Error(path, DiagnosticCodes.ImportPdfWithoutText,
            "the PDF has no text in it, only pictures of pages (it was scanned); run it through OCR (text recognition) first, or import the Word document it was made from.");

    private static ImportException Error(string path, string code, string message) =>
        new(new Diagnostic(DiagnosticSeverity.Error, code, SourceSpan.ForFile(path), message));
}
