using PolicyKit.Model.Layout;
using PolicyKit.Rendering.Pdf;
using PolicyKit.Tests.Support;

namespace PolicyKit.Tests.Rendering.Docx;

/// <summary>
/// Content-sized columns as LibreOffice lays them out: no word of a change-log cell is split across lines, where the
/// fixed shares of the page split a long double-barrelled name.
/// </summary>
public sealed class ContentWidthsPdfTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "policykit-widths-" + Guid.NewGuid().ToString("N"));

    public ContentWidthsPdfTests() => Directory.CreateDirectory(Path.Combine(_folder, "work"));

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Under_content_widths_every_long_word_in_the_change_log_stays_on_one_line_of_the_PDF()
    {
        var lines = await PdfLines(TableWidths.Content);

        Assert.All(DocxLayoutDocuments.LongWords, word => Assert.True(
            lines.Exists(line => line.Contains(word, StringComparison.Ordinal)),
            $"'{word}' is split: {string.Join(" | ", lines.SkipWhile(l => l != "Change log"))}"));
    }

    [Fact]
    public async Task Under_fixed_widths_a_long_name_in_the_change_log_is_split_across_lines()
    {
        var lines = await PdfLines(TableWidths.Fixed);

        Assert.DoesNotContain(lines, line => line.Contains("Featherstonehaugh-Cholmondeley", StringComparison.Ordinal));
    }

    private async Task<List<string>> PdfLines(TableWidths widths)
    {
        var document = DocxLayoutDocuments.Document(info => DocxLayoutDocuments.LongWordsLayout(info, widths));
        var docx = Path.Combine(_folder, $"{widths}.docx");
        var pdf = Path.Combine(_folder, $"{widths}.pdf");
        await File.WriteAllBytesAsync(docx, DocxLayoutDocuments.Render(document));

        var converter = new PdfConverter(new LibreOfficeOptions { TemporaryRoot = Path.Combine(_folder, "work") });
        Assert.Empty(await converter.ConvertAsync([new PdfJob(docx, pdf, document.Info.Title)], null, CancellationToken.None));
        return [.. PdfText.PageLines(pdf).SelectMany(page => page)];
    }
}
