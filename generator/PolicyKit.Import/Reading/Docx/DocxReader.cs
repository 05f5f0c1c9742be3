using System.IO.Packaging;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PolicyKit.Import.Reading.Docx;

/// <summary>Reads a Word document (opened read-only) into paragraphs, tables and header and footer lines.</summary>
internal static class DocxReader
{
    private static readonly byte[] CompoundFile = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];

    // An encrypted .docx is an OLE compound file holding a stream of this name (MS-OFFCRYPTO), in UTF-16.
    private static readonly byte[] EncryptedPackage = Encoding.Unicode.GetBytes("EncryptedPackage");

    /// <summary>Reads <paramref name="docx"/>; messages and <see cref="ImportedDocument.Path"/> name <paramref name="shownAs"/>, the file the person gave.</summary>
    public static ImportedDocument Read(string docx, string shownAs)
    {
        CheckSignature(docx, shownAs);
        try
        {
            using var document = WordprocessingDocument.Open(docx, isEditable: false);
            var main = document.MainDocumentPart;
            if (main?.Document?.Body is not { } body)
            {
                throw ReadErrors.NotWord(shownAs);
            }

            var styles = new StyleSheet(main.StyleDefinitionsPart?.Styles);
            var numbering = new NumberingDefinitions(main.NumberingDefinitionsPart?.Numbering, styles);
            var paragraphs = new ParagraphReader(main, styles, numbering, new ListCounters());
            var blocks = new BodyReader(paragraphs).Read(body);
            return new ImportedDocument(shownAs, ReadConfidence.Structured, blocks, HeaderFooterLines(main, styles, numbering));
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or FileFormatException or XmlException or InvalidOperationException)
        {
            throw ReadErrors.NotWord(shownAs);
        }
    }

    private static void CheckSignature(string docx, string shownAs)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(docx);
        }
        catch (UnauthorizedAccessException)
        {
            throw ReadErrors.NotFound(shownAs);
        }

        if (bytes.AsSpan().StartsWith(CompoundFile))
        {
            throw bytes.AsSpan().IndexOf(EncryptedPackage) >= 0 ? ReadErrors.PasswordProtected(shownAs) : ReadErrors.OldWordNamedDocx(shownAs);
        }

        if (!bytes.AsSpan().StartsWith(Zip))
        {
            throw ReadErrors.NotWord(shownAs);
        }
    }

    // Each distinct non-empty line of every header and footer (first page, even, default), as it shows.
    private static List<string> HeaderFooterLines(MainDocumentPart main, StyleSheet styles, NumberingDefinitions numbering)
    {
        var lines = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var parts = new List<(OpenXmlPart Part, DocumentFormat.OpenXml.OpenXmlElement? Root)>();
        parts.AddRange(main.HeaderParts.Select(p => ((OpenXmlPart)p, (DocumentFormat.OpenXml.OpenXmlElement?)p.Header)));
        parts.AddRange(main.FooterParts.Select(p => ((OpenXmlPart)p, (DocumentFormat.OpenXml.OpenXmlElement?)p.Footer)));
        foreach (var (part, root) in parts)
        {
            if (root is null)
            {
                continue;
            }

            var reader = new ParagraphReader(part, styles, numbering, new ListCounters(), typedNumbers: false);
            foreach (var paragraph in root.Descendants<Paragraph>())
            {
                var text = reader.Read(paragraph, 0)?.Text ?? "";
                foreach (var line in text.Split('\n'))
                {
                    var collapsed = string.Join(' ', line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
                    if (collapsed.Length > 0 && seen.Add(collapsed))
                    {
                        lines.Add(collapsed);
                    }
                }
            }
        }

        return lines;
    }
}
