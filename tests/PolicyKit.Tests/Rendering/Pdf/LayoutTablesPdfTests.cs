using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PolicyKit.Generator.Building;
using PolicyKit.Model.Layout;
using PolicyKit.Tests.Support;

namespace PolicyKit.Tests.Rendering.Pdf;

/// <summary>
/// The example trust's documents with their own layout (the trust-level whistleblowing policy and the handbook's lone
/// working policy) as LibreOffice prints them: every word of every table cell on one line, and a date, which the
/// layout keeps whole, never broken between day, month and year.
/// </summary>
[Collection(ExampleTrustPdfCollection.Name)]
public sealed class LayoutTablesPdfTests(ConvertedExampleTrust trust)
{
    [Fact]
    public void No_word_in_any_table_cell_of_a_content_sized_document_is_split_across_lines()
    {
        var documents = trust.Compilation.Documents.Where(d => d.Document.Info.Layout?.TableWidths == TableWidths.Content).ToList();
        Assert.True(documents.Count >= 6, $"expected the two layout examples at each of the three schools, found {documents.Count}");

        foreach (var planned in documents)
        {
            var name = planned.RelativePath(OutputFormats.Pdf);
            var lines = PdfText.PageLines(trust.PdfPath(planned)).SelectMany(page => page).Select(Normalise).ToList();
            var words = CellWords(trust.DocxPath(planned)).ToList();
            Assert.True(words.Count > 20, $"{name}: only {words.Count} words in its tables");
            foreach (var word in words)
            {
                Assert.True(lines.Exists(line => line.Contains(word, StringComparison.Ordinal)), $"{name}: '{word}' is split across lines of a table cell");
            }
        }
    }

    /// <summary>The words of every table cell; a date joined by no-break spaces counts as one word.</summary>
    private static IEnumerable<string> CellWords(string docx)
    {
        using var document = WordprocessingDocument.Open(docx, false);
        foreach (var cell in document.MainDocumentPart!.Document!.Body!.Descendants<TableCell>())
        {
            foreach (var paragraph in cell.Elements<Paragraph>())
            {
                var text = string.Concat(paragraph.Descendants().Select(e => e switch
                {
                    Text t => t.Text,
                    NoBreakHyphen => "-",
                    TabChar or Break => " ",
                    _ => string.Empty,
                }));
                foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    yield return Normalise(word);
                }
            }
        }
    }

    // LibreOffice writes a no-break hyphen as U+2011 and keeps no-break spaces; compare them as plain ones.
    private static string Normalise(string text) => PdfText.Collapse(text.Replace('\u2011', '-').Replace('\u00A0', ' '));
}
