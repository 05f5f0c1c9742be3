using System.Diagnostics;
using DocumentFormat.OpenXml.Packaging;
using PolicyKit.Generator.Building;
using PolicyKit.Tests.Support;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;
using Xunit.Abstractions;

namespace PolicyKit.Tests.Rendering.Pdf;

/// <summary>Every PDF of the example trust: metadata users and screen readers rely on, fonts, links and text.</summary>
[Collection(ExampleTrustPdfCollection.Name)]
public sealed class ExampleTrustPdfTests(ConvertedExampleTrust trust, ITestOutputHelper output)
{
    [Fact]
    public void Every_document_converts_and_no_LibreOffice_is_left_running()
    {
        output.WriteLine($"{trust.Compilation.Documents.Count} documents converted in {trust.Elapsed.TotalSeconds:0.0} s");
        Assert.Empty(trust.Failures.Select(f => $"{f.Job.DocxPath}: {f.Reason}"));
        Assert.All(trust.Compilation.Documents, d => Assert.True(File.Exists(trust.PdfPath(d)), d.RelativePath(OutputFormats.Pdf)));
        Assert.Empty(LibreOfficeProcesses.Mentioning(trust.WorkRoot));
        Assert.Empty(Directory.EnumerateFileSystemEntries(trust.WorkRoot));
    }

    [Fact]
    public void Every_PDF_has_the_policy_title_en_GB_as_language_and_is_tagged()
    {
        Assert.All(trust.Compilation.Documents, planned =>
        {
            using var pdf = PdfDocument.Open(trust.PdfPath(planned));
            var catalog = pdf.Structure.Catalog.CatalogDictionary;
            Assert.Equal(planned.Document.Info.Title, pdf.Information.Title);
            Assert.True(catalog.TryGet(NameToken.Create("Lang"), out StringToken language), "no /Lang in the catalog");
            Assert.Equal("en-GB", language.Data, ignoreCase: true);
            Assert.True(catalog.TryGet(NameToken.Create("MarkInfo"), out DictionaryToken markInfo), "no /MarkInfo in the catalog");
            Assert.True(markInfo.TryGet(NameToken.Create("Marked"), out BooleanToken marked) && marked.Data, "/MarkInfo /Marked is not true");
            Assert.True(catalog.ContainsKey(NameToken.Create("StructTreeRoot")), "no structure tree");
        });
    }

    [Fact]
    public void Every_font_is_embedded()
    {
        Assert.All(trust.Compilation.Documents, planned =>
        {
            var fonts = Run("pdffonts", trust.PdfPath(planned)).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();
            Assert.NotEmpty(fonts);
            // Columns: name, type, encoding, emb, sub, uni, object ID; "emb" is the fourth from the end.
            Assert.All(fonts, line => Assert.Equal("yes", line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^4]));
        });
    }

    [Fact]
    public void Documents_with_web_links_keep_them_as_link_annotations()
    {
        var withLinks = trust.Compilation.Documents.Where(d => HasExternalLinks(trust.DocxPath(d))).ToList();
        Assert.NotEmpty(withLinks);
        Assert.All(withLinks, planned =>
        {
            using var pdf = PdfDocument.Open(trust.PdfPath(planned));
            var uris = pdf.GetPages().SelectMany(p => p.GetAnnotations())
                .Select(a => a.AnnotationDictionary.TryGet(NameToken.A, out DictionaryToken action) && action.TryGet(NameToken.Uri, out StringToken uri) ? uri.Data : null)
                .OfType<string>()
                .ToList();
            Assert.True(uris.Count > 0, $"{planned.RelativePath(OutputFormats.Pdf)} has no web link");
        });
    }

    [Fact]
    public void Every_clause_and_heading_appears_in_order()
    {
        Assert.All(trust.Compilation.Documents, planned =>
        {
            var text = string.Join(' ', PdfText.PageLines(trust.PdfPath(planned)).SelectMany(lines => lines));
            var position = 0;
            foreach (var block in DocxText.Expected(planned.Document.Body))
            {
                var expected = PdfText.Collapse(block);
                expected = expected[..Math.Min(40, expected.Length)];
                var found = text.IndexOf(expected, position, StringComparison.Ordinal);
                Assert.True(found >= 0, $"{planned.RelativePath(OutputFormats.Pdf)}: '{expected}' not found after character {position}: …{text[position..Math.Min(text.Length, position + 200)]}");
                position = found + expected.Length;
            }
        });
    }

    private static bool HasExternalLinks(string docx)
    {
        using var document = WordprocessingDocument.Open(docx, false);
        return document.MainDocumentPart!.HyperlinkRelationships.Any(r => r.IsExternal);
    }

    internal static string Run(string program, string argument)
    {
        var start = new ProcessStartInfo(program, [argument]) { RedirectStandardOutput = true, UseShellExecute = false };
        try
        {
            using var process = Process.Start(start)!;
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return text;
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new InvalidOperationException($"{program} is missing ({ex.Message}). {PolicyKit.Rendering.Pdf.LibreOffice.InstallHint}", ex);
        }
    }
}
