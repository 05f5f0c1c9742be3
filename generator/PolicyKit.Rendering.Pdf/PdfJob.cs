namespace PolicyKit.Rendering.Pdf;

/// <summary>One .docx file to convert, where its PDF goes, and the title the PDF must carry.</summary>
/// <param name="DocxPath">The Word document to convert.</param>
/// <param name="PdfPath">Where the PDF is written; replaced only by a PDF that passed every check.</param>
/// <param name="ExpectedTitle">The policy title; the PDF's document title must equal it.</param>
public sealed record PdfJob(string DocxPath, string PdfPath, string ExpectedTitle);
