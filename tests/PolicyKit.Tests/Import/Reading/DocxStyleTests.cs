using PolicyKit.Import.Reading;
using PolicyKit.Tests.Import.Support;

namespace PolicyKit.Tests.Import.Reading;

public sealed class DocxStyleTests : IDisposable
{
    private readonly ReadDocuments _documents = new();

    public void Dispose() => _documents.Dispose();

    [Fact]
    public void Headings_come_from_heading_styles_and_styles_based_on_them()
    {
        var document = _documents.Read(new WordDocumentBuilder()
            .Title("Online safety policy")
            .Heading(1, "Purpose").Heading(2, "Scope").Heading(3, "Who this covers")
            .Styled("PolicyHeading", "Roles and responsibilities")
            .Paragraph("Staff must lock their screens."));

        var read = ReadDocuments.Paragraphs(document).Select(p => (p.Text, p.Kind, p.HeadingLevel, p.StyleName));
        Assert.Equal(
            [
                ("Online safety policy", ParagraphKind.Title, null, "Title"),
                ("Purpose", ParagraphKind.Heading, 1, "Heading 1"),
                ("Scope", ParagraphKind.Heading, 2, "Heading 2"),
                ("Who this covers", ParagraphKind.Heading, 3, "Heading 3"),
                ("Roles and responsibilities", ParagraphKind.Heading, 1, "Policy Heading"),
                ("Staff must lock their screens.", ParagraphKind.Body, (int?)null, (string?)null),
            ],
            read);
        Assert.Equal(ReadConfidence.Structured, document.Confidence);
    }

    [Fact]
    public void A_contents_control_and_a_bare_TOC_field_are_contents_entries()
    {
        var document = _documents.Read(new WordDocumentBuilder()
            .Contents(["Purpose", "Scope"])
            .Heading(1, "Purpose")
            .Paragraph("Text")
            .Contents(["Older list"], asControl: false)
            .Paragraph("After the list"));

        var read = ReadDocuments.Paragraphs(document).Select(p => (p.Text, p.Kind)).ToList();
        Assert.Equal(
            [
                ("Contents", ParagraphKind.ContentsEntry),
                ("Purpose 2", ParagraphKind.ContentsEntry),
                ("Scope 3", ParagraphKind.ContentsEntry),
                ("Purpose", ParagraphKind.Heading),
                ("Text", ParagraphKind.Body),
                ("Older list 2", ParagraphKind.ContentsEntry),
                ("After the list", ParagraphKind.Body),
            ],
            read);
    }

    [Fact]
    public void Bookmarks_are_kept_except_words_own()
    {
        var document = _documents.Read(new WordDocumentBuilder()
            .Bookmark("c_screen_lock").Bookmark("_GoBack").Bookmark("_Toc123").Paragraph("Lock the screen.")
            .Bookmark("c_passwords").EmptyParagraph().Paragraph("Use a long password."));

        Assert.Equal(["c_screen_lock"], ReadDocuments.Find(document, "Lock the screen.").Bookmarks);
        Assert.Equal(["c_passwords"], ReadDocuments.Find(document, "Use a long password.").Bookmarks);
    }

    [Fact]
    public void A_page_break_starts_the_next_paragraph_on_a_new_page_and_empty_paragraphs_are_left_out()
    {
        var document = _documents.Read(new WordDocumentBuilder()
            .Title("Cover").PageBreak().EmptyParagraph().Heading(1, "Purpose").Paragraph("Text"));

        Assert.Equal(["Cover", "Purpose", "Text"], ReadDocuments.Paragraphs(document).Select(p => p.Text));
        Assert.True(ReadDocuments.Find(document, "Purpose").StartsNewPage);
        Assert.False(ReadDocuments.Find(document, "Text").StartsNewPage);
        Assert.Equal([1, 4, 5], document.Blocks.Select(b => b.Ordinal));
    }

    [Fact]
    public void Header_and_footer_lines_are_read_once_each_with_field_results()
    {
        var document = _documents.Read(new WordDocumentBuilder()
            .Header("Millbrook Primary School").Footer("1 High Street, Millbrook, MB1 2AB").Footer("Millbrook Primary School").FooterPageNumbers()
            .Paragraph("Text"));

        Assert.Equal(["Millbrook Primary School", "1 High Street, Millbrook, MB1 2AB", "Page 1 of 1"], document.HeaderFooterLines);
    }
}
