using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Exceptions;

namespace PolicyKit.Import.Reading.Pdf;

/// <summary>
/// Reads a PDF's text when that is all a school has. Lines are grouped into paragraphs by the space between them,
/// a short last line or a typed number; larger type reads as a heading; lines repeated on most pages are the
/// header and footer. Structure is a guess, so the document says <see cref="ReadConfidence.TextOnly"/>.
/// </summary>
internal static class PdfTextReader
{
    private static readonly byte[] Signature = "%PDF"u8.ToArray();

    public static ImportedDocument Read(string path)
    {
        using (var stream = File.OpenRead(path))
        {
            var start = new byte[1024];
            var read = stream.Read(start, 0, start.Length);
            if (start.AsSpan(0, read).IndexOf(Signature) < 0)
            {
                throw ReadErrors.NotPdf(path);
            }
        }

        List<List<PdfLine>> pages;
        try
        {
            using var pdf = PdfDocument.Open(path);
            pages = pdf.GetPages().Select(page => Lines(page)).ToList();
        }
        catch (PdfDocumentEncryptedException)
        {
            throw ReadErrors.PasswordProtected(path);
        }
        catch (Exception ex) when (ex is PdfDocumentFormatException or InvalidOperationException or ArgumentException or IndexOutOfRangeException or NullReferenceException)
        {
            throw ReadErrors.NotPdf(path);
        }

        if (pages.All(p => p.Count == 0))
        {
            throw ReadErrors.PdfWithoutText(path);
        }

        var headerFooter = PdfRepeatedLines.TakeOut(pages);
        var blocks = PdfParagraphs.Group(pages.SelectMany(p => p).ToList());
        return new ImportedDocument(path, ReadConfidence.TextOnly, blocks, headerFooter);
    }

    private static List<PdfLine> Lines(Page page)
    {
        var words = page.GetWords().Where(w => !string.IsNullOrWhiteSpace(w.Text))
            .OrderByDescending(w => Math.Round(w.BoundingBox.Bottom, 0)).ThenBy(w => w.BoundingBox.Left).ToList();
        var lines = new List<PdfLine>();
        var current = new List<Word>();
        foreach (var word in words)
        {
            if (current.Count > 0 && Math.Abs(word.BoundingBox.Bottom - current[0].BoundingBox.Bottom) > Math.Max(2, current[0].BoundingBox.Height * 0.5))
            {
                lines.Add(Line(page, current));
                current = [];
            }

            current.Add(word);
        }

        if (current.Count > 0)
        {
            lines.Add(Line(page, current));
        }

        return lines;
    }

    private static PdfLine Line(Page page, List<Word> words)
    {
        words.Sort((a, b) => a.BoundingBox.Left.CompareTo(b.BoundingBox.Left));
        var sizes = words.SelectMany(w => w.Letters).Select(l => l.PointSize).Order().ToList();
        return new PdfLine(page.Number, words, words[0].BoundingBox.Left, words.Max(w => w.BoundingBox.Right), words.Min(w => w.BoundingBox.Bottom), sizes.Count > 0 ? sizes[sizes.Count / 2] : 0, page.Width);
    }
}
