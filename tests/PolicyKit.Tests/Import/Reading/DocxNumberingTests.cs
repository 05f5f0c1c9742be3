using PolicyKit.Import.Reading;
using PolicyKit.Tests.Import.Support;

namespace PolicyKit.Tests.Import.Reading;

public sealed class DocxNumberingTests : IDisposable
{
    private readonly ReadDocuments _documents = new();

    public void Dispose() => _documents.Dispose();

    private static List<(string Text, string? Label, int? Level)> Labels(ImportedDocument document) =>
        ReadDocuments.Paragraphs(document).Select(p => (p.Text, p.List?.Label, p.List?.Level)).ToList();

    [Fact]
    public void Multilevel_decimal_numbers_render_as_Word_shows_them_and_lower_levels_restart()
    {
        var document = _documents.Read(new WordDocumentBuilder()
            .Numbered(0, "One").Numbered(1, "One one").Numbered(1, "One two").Numbered(2, "One two one")
            .Numbered(0, "Two").Numbered(1, "Two one").Numbered(2, "Two one one").Numbered(2, "Two one two"));

        Assert.Equal(
            [("One", "1.", 0), ("One one", "1.1.", 1), ("One two", "1.2.", 1), ("One two one", "1.2.1.", 2),
             ("Two", "2.", 0), ("Two one", "2.1.", 1), ("Two one one", "2.1.1.", 2), ("Two one two", "2.1.2.", 2)],
            Labels(document));
        var marker = ReadDocuments.Find(document, "Two one two").List!;
        Assert.Equal(new ListMarker(ListOrigin.WordNumbering, 2, "2.1.2.", NumberStyle.MultiLevelDecimal, "1"), marker);
        Assert.Equal(NumberStyle.Decimal, ReadDocuments.Find(document, "Two").List!.Style);
    }

    [Fact]
    public void Letters_and_roman_numbers_render_with_their_own_text()
    {
        var document = _documents.Read(new WordDocumentBuilder()
            .Numbered(0, "First", "alpha").Numbered(0, "Second", "alpha").Numbered(1, "Sub", "alpha")
            .Numbered(2, "Deep 1", "alpha").Numbered(2, "Deep 2", "alpha").Numbered(2, "Deep 3", "alpha").Numbered(2, "Deep 4", "alpha"));

        Assert.Equal(
            [("First", "a.", 0), ("Second", "b.", 0), ("Sub", "i.", 1), ("Deep 1", "(i)", 2), ("Deep 2", "(ii)", 2), ("Deep 3", "(iii)", 2), ("Deep 4", "(iv)", 2)],
            Labels(document));
        Assert.Equal(NumberStyle.LowerLetter, ReadDocuments.Find(document, "First").List!.Style);
        Assert.Equal(NumberStyle.LowerRoman, ReadDocuments.Find(document, "Deep 4").List!.Style);
    }

    [Fact]
    public void Word_bullets_read_as_bullets_whatever_their_font()
    {
        var document = _documents.Read(new WordDocumentBuilder().Bullet("Phones").Bullet("Tablets", level: 1));

        Assert.Equal(new ListMarker(ListOrigin.Bullet, 0, "•", NumberStyle.Bullet, "3"), ReadDocuments.Find(document, "Phones").List);
        Assert.Equal(new ListMarker(ListOrigin.Bullet, 1, "o", NumberStyle.Bullet, "3"), ReadDocuments.Find(document, "Tablets").List);
    }

    [Fact]
    public void A_list_continues_through_other_text_and_restarts_where_Word_was_told_to()
    {
        var document = _documents.Read(new WordDocumentBuilder()
            .Numbered(0, "One").Numbered(0, "Two").Paragraph("Between")
            .Numbered(0, "Three")
            .NewListInstance("decimal", startAt: null).Numbered(0, "Four, same definition")
            .NewListInstance("decimal", startAt: 1).Numbered(0, "One again").Numbered(1, "One again, one")
            .NewListInstance("decimal", startAt: 7).Numbered(0, "Seven"));

        Assert.Equal(
            [("One", "1.", 0), ("Two", "2.", 0), ("Between", null, null), ("Three", "3.", 0), ("Four, same definition", "4.", 0),
             ("One again", "1.", 0), ("One again, one", "1.1.", 1), ("Seven", "7.", 0)],
            Labels(document));
        Assert.Equal("101", ReadDocuments.Find(document, "One again").List!.ListKey);
    }

    [Fact]
    public void A_style_that_numbers_its_paragraphs_numbers_them_and_a_numbered_heading_stays_a_heading()
    {
        var document = _documents.Read(new WordDocumentBuilder()
            .Numbered(0, "Purpose", styleId: "Heading1")
            .NumberedByStyle("Clause by style")
            .NumberedByStyle("Another clause by style"));

        var heading = ReadDocuments.Find(document, "Purpose");
        Assert.Equal((ParagraphKind.Heading, 1, "1."), (heading.Kind, heading.HeadingLevel, heading.List?.Label));
        Assert.Equal(["2.", "3."], new[] { "Clause by style", "Another clause by style" }.Select(t => ReadDocuments.Find(document, t).List?.Label));
        Assert.Equal("Policy Clause", ReadDocuments.Find(document, "Clause by style").StyleName);
    }
}
