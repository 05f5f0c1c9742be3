using PolicyKit.Import.Reading;
using PolicyKit.Tests.Import.Support;

namespace PolicyKit.Tests.Import.Reading;

public sealed class DocxRunTests : IDisposable
{
    private readonly ReadDocuments _documents = new();

    public void Dispose() => _documents.Dispose();

    [Fact]
    public void Bold_and_italic_come_from_the_run_its_character_style_and_the_paragraph_style()
    {
        var document = _documents.Read(new WordDocumentBuilder()
            .Paragraph("Staff ", WordSpan.Strong("must"), " lock ", WordSpan.Styled("every", "Emphasis"), " ", WordSpan.Styled("screen", "Strong"), ".")
            .Styled("NoteText", "A note ", WordSpan.Strong("in bold")));

        Assert.Equal(
            [new("Staff ", RunStyle.None), new("must", RunStyle.Bold), new(" lock ", RunStyle.None), new("every", RunStyle.Italic), new(" ", RunStyle.None), new("screen", RunStyle.Bold), new(".", RunStyle.None)],
            ReadDocuments.Find(document, "Staff must lock every screen.").Runs);
        Assert.Equal([new("A note ", RunStyle.Italic), new("in bold", RunStyle.Bold | RunStyle.Italic)], ReadDocuments.Find(document, "A note in bold").Runs);
    }

    [Fact]
    public void A_heading_styles_own_bold_is_not_repeated_on_its_runs()
    {
        var document = _documents.Read(new WordDocumentBuilder().Heading(1, "Purpose"));

        Assert.Equal([new ImportedRun("Purpose", RunStyle.None)], ReadDocuments.Find(document, "Purpose").Runs);
    }

    [Fact]
    public void Links_keep_their_web_address_or_bookmark()
    {
        var document = _documents.Read(new WordDocumentBuilder()
            .Paragraph("See ", WordSpan.Linked("Keeping children safe in education", "https://www.gov.uk/government/publications/keeping-children-safe-in-education--2"), " and ", WordSpan.Linked("clause 3", "#c_passwords"), "."));

        Assert.Equal(
            [new("See ", RunStyle.None), new("Keeping children safe in education", RunStyle.None, "https://www.gov.uk/government/publications/keeping-children-safe-in-education--2"), new(" and ", RunStyle.None), new("clause 3", RunStyle.None, "#c_passwords"), new(".", RunStyle.None)],
            ReadDocuments.Find(document, "See Keeping children safe in education and clause 3.").Runs);
    }

    [Fact]
    public void Tracked_deletions_are_left_out_and_insertions_kept()
    {
        var document = _documents.Read(new WordDocumentBuilder()
            .Paragraph("Passwords have ", WordSpan.Deleted("eight"), WordSpan.Inserted("twelve"), " characters."));

        Assert.Single(ReadDocuments.Paragraphs(document), p => p.Text == "Passwords have twelve characters.");
    }

    [Fact]
    public void Tables_keep_header_rows_and_show_merged_cells_once()
    {
        var document = _documents.Read(new WordDocumentBuilder()
            .Table(
            [
                ["Version", "Date", "Changes"],
                ["1.0", "June 2024", "First version"],
                ["1.1", "<<", "Reworded"],
                ["^^", "May 2025", "Phones"],
            ],
            headerRows: 1));

        var table = Assert.IsType<ImportedTable>(Assert.Single(document.Blocks));
        Assert.Equal(1, table.HeaderRows);
        Assert.Equal(
            [["Version", "Date", "Changes"], ["1.0", "June 2024", "First version"], ["1.1", "Reworded"], ["May 2025", "Phones"]],
            table.Rows.Select(r => r.Select(c => c.Text).ToArray()).ToArray());
    }
}
