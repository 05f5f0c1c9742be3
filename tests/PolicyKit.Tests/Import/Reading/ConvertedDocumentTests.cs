using System.Diagnostics;
using PolicyKit.Import.Reading;
using PolicyKit.Rendering.Pdf;
using PolicyKit.Tests.Import.Support;

namespace PolicyKit.Tests.Import.Reading;

/// <summary>Documents a school only has as OpenDocument or PDF, made by real LibreOffice from a builder's Word document.</summary>
public sealed class ConvertedDocumentTests : IDisposable
{
    private readonly ReadDocuments _documents = new();

    public void Dispose() => _documents.Dispose();

    private static WordDocumentBuilder Policy() => new WordDocumentBuilder()
        .Title("Online safety policy")
        .Heading(1, "Purpose")
        .Numbered(0, "Staff keep pupils safe online.").Numbered(1, "Filtering is checked each term.").Numbered(1, "Monitoring is reviewed by the DSL.")
        .Heading(1, "Devices")
        .Numbered(0, "Phones are kept in lockers.").Bullet("Tablets stay in school.")
        .Typed("3.", "Passwords are never shared.")
        .Table([["Role", "Name"], ["Headteacher", "A N Other"]], headerRows: 1);

    [Fact]
    public void An_odt_is_read_through_LibreOffice_with_the_same_paragraphs_and_list_levels()
    {
        var docx = _documents.Save(Policy());
        var odt = Convert(docx, "odt");

        var fromDocx = Summary(DocumentReader.Read(docx));
        var fromOdt = DocumentReader.Read(odt);

        Assert.Equal(odt, fromOdt.Path);
        Assert.Equal(ReadConfidence.Structured, fromOdt.Confidence);
        Assert.Equal(fromDocx, Summary(fromOdt));
        Assert.Contains(fromOdt.Blocks, b => b is ImportedTable);
    }

    [Fact]
    public void An_rtf_document_is_read_through_LibreOffice_with_the_same_paragraphs_and_list_levels()
    {
        var docx = _documents.Save(Policy());
        var rtf = DocumentReader.Read(Convert(docx, "rtf"));

        Assert.Equal(ReadConfidence.Structured, rtf.Confidence);
        Assert.Equal(Summary(DocumentReader.Read(docx)), Summary(rtf));
    }

    [Fact]
    public void An_old_word_document_is_read_through_LibreOffice_with_the_same_paragraphs_and_its_tables_text_kept()
    {
        var docx = _documents.Save(Policy());
        var doc = DocumentReader.Read(Convert(docx, "doc"));

        // LibreOffice's .doc filter brings a table back as a paragraph of its cells' text: the words are kept, the grid is not.
        var expected = Summary(DocumentReader.Read(docx));
        Assert.Equal(expected, Summary(doc).Take(expected.Count));
        Assert.Contains(doc.Blocks.OfType<ImportedParagraph>(), p => p.Text.Contains("A N Other", StringComparison.Ordinal));
    }

    [Fact]
    public void A_pdf_gives_its_text_with_typed_numbers_and_says_it_is_text_only()
    {
        var pdf = Convert(_documents.Save(Policy().PageBreak().Paragraph("Signed by the chair.").Footer("1 High Street, Millbrook")), "pdf");

        var document = DocumentReader.Read(pdf);

        Assert.Equal(ReadConfidence.TextOnly, document.Confidence);
        var paragraphs = ReadDocuments.Paragraphs(document);
        var text = paragraphs.Select(p => (p.List?.Label, p.Text)).ToList();
        Assert.Contains(("1.1.", "Filtering is checked each term."), text);
        Assert.Contains(("3.", "Passwords are never shared."), text);
        Assert.Contains(((string?)null, "Online safety policy"), text);
        Assert.Equal(ParagraphKind.Heading, Assert.Single(paragraphs, p => p.Text == "Online safety policy").Kind);
        Assert.Equal(1, Assert.Single(paragraphs, p => p.Text == "Monitoring is reviewed by the DSL.").List?.Level);
        Assert.Contains(((string?)null, "Role Name"), text);
        Assert.Equal(["1 High Street, Millbrook"], document.HeaderFooterLines);
        Assert.DoesNotContain(text, t => t.Text.Contains("High Street", StringComparison.Ordinal));
    }

    private static List<string> Summary(ImportedDocument document) =>
        ReadDocuments.Paragraphs(document).Select(p => $"{p.Kind} {p.HeadingLevel} {p.List?.Origin} {p.List?.Level} {p.List?.Label} {p.Text}").ToList();

    private string Convert(string path, string format)
    {
        var soffice = LibreOffice.FindSoffice();
        Assert.True(soffice is not null, "LibreOffice is not installed; ./run-tests installs it.");
        var output = Path.Combine(_documents.Folder, format);
        var start = new ProcessStartInfo(soffice)
        {
            ArgumentList =
            {
                "-env:UserInstallation=" + new Uri(Path.Combine(_documents.Folder, "profile")).AbsoluteUri,
                "--headless", "--norestore", "--convert-to", format, "--outdir", output, path,
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "LibreOffice did not finish converting within 2 minutes.");
        var converted = Path.Combine(output, Path.GetFileNameWithoutExtension(path) + "." + format);
        Assert.True(File.Exists(converted), $"LibreOffice did not write {converted}: {process.StandardError.ReadToEnd()}");
        return converted;
    }
}
