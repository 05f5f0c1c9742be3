using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;

namespace PolicyKit.Rendering.Pdf.Checking;

/// <summary>
/// Checks a PDF LibreOffice wrote before it replaces the target: it must open, have pages with text, and carry the
/// title, language and tagging users rely on (screen readers need /Lang and /MarkInfo; the title shows in the
/// viewer's window because LibreOffice sets DisplayDocTitle).
/// </summary>
internal static class PdfOutputCheck
{
    /// <returns>Null when the PDF passes, else the first problem found.</returns>
    public static string? Problem(string path, string expectedTitle)
    {
        try
        {
            using var pdf = PdfDocument.Open(path);
            if (pdf.NumberOfPages < 1)
            {
                return "the PDF has no pages";
            }

            if (!Enumerable.Range(1, pdf.NumberOfPages).Any(n => pdf.GetPage(n).Letters.Any(l => !string.IsNullOrWhiteSpace(l.Value))))
            {
                return "the PDF has no text";
            }

            if (!string.Equals(pdf.Information.Title, expectedTitle, StringComparison.Ordinal))
            {
                return $"the PDF's title is '{pdf.Information.Title}', not '{expectedTitle}'";
            }

            var catalog = pdf.Structure.Catalog.CatalogDictionary;
            var language = Resolve(pdf, catalog, "Lang") is StringToken lang ? lang.Data : null;
            if (!string.Equals(language, "en-GB", StringComparison.OrdinalIgnoreCase))
            {
                return $"the PDF's language is '{language}', not 'en-GB'";
            }

            var marked = Resolve(pdf, catalog, "MarkInfo") is DictionaryToken markInfo && Resolve(pdf, markInfo, "Marked") is BooleanToken { Data: true };
            return marked ? null : "the PDF is not tagged (no /MarkInfo /Marked true)";
        }
        catch (Exception ex) when (ex is PdfDocumentFormatException or IOException or InvalidOperationException or ArgumentException)
        {
            return $"the PDF could not be read: {ex.Message}";
        }
    }

    private static IToken? Resolve(PdfDocument pdf, DictionaryToken dictionary, string key)
    {
        if (!dictionary.TryGet(NameToken.Create(key), out var token))
        {
            return null;
        }

        return token is IndirectReferenceToken reference ? pdf.Structure.GetObject(reference.Data).Data : token;
    }
}
