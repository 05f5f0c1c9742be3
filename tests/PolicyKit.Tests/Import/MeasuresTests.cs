using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PolicyKit.Tests.Import.Support;

namespace PolicyKit.Tests.Import;

/// <summary>The measures the import's acceptance tests use: they must see a dropped word and a moved clause.</summary>
public sealed class MeasuresTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("policykit-measures-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Recall_is_one_for_the_same_words_whatever_the_case_punctuation_and_numbers()
    {
        Assert.Equal(1.0, WordRecall.OrderedWordRecall("1. Staff must lock their screens.", "Staff MUST lock their screens"));
    }

    [Fact]
    public void Recall_counts_a_dropped_word()
    {
        Assert.Equal(0.8, WordRecall.OrderedWordRecall("staff must lock their screens", "staff must lock screens"), 6);
    }

    [Fact]
    public void Recall_counts_words_out_of_order_as_lost()
    {
        Assert.Equal(0.5, WordRecall.OrderedWordRecall("lock screens report losses", "report losses lock screens"), 6);
    }

    [Fact]
    public void Recall_over_a_long_text_is_quick()
    {
        var words = string.Join(' ', Enumerable.Range(0, 20_000).Select(i => $"word{i % 500}x"));
        var started = System.Diagnostics.Stopwatch.StartNew();
        Assert.Equal(1.0, WordRecall.OrderedWordRecall(words, words));
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(5), $"{started.Elapsed}");
    }

    [Fact]
    public void A_clause_tree_nests_list_levels_under_their_heading()
    {
        var tree = ClauseTree.FromDocx(Docx("a.docx", Heading("Scope"), Item(0, "Everyone who uses our systems", "c_who"), Item(1, "including visitors"), Bullet("laptops"), Heading("Passwords")));

        Assert.Equal(
            """
            document 0 ''
              heading 1 'scope'
                numbered 0 #c_who 'everyone who uses our systems'
                  numbered 1 'including visitors'
                bullet 0 'laptops'
              heading 1 'passwords'

            """,
            tree.Outline());
    }

    [Fact]
    public void Two_trees_of_the_same_document_have_no_difference()
    {
        var one = ClauseTree.FromDocx(Docx("a.docx", Heading("Scope"), Item(0, "Everyone"), Item(1, "Visitors")));
        var two = ClauseTree.FromDocx(Docx("b.docx", Heading("Scope"), Item(0, "Everyone"), Item(1, "Visitors")));

        Assert.Null(ClauseTree.FirstDifference(one, two));
    }

    [Fact]
    public void A_clause_moved_to_another_level_is_a_difference_naming_it()
    {
        var original = ClauseTree.FromDocx(Docx("a.docx", Heading("Scope"), Item(0, "Everyone"), Item(1, "Visitors")));
        var moved = ClauseTree.FromDocx(Docx("b.docx", Heading("Scope"), Item(0, "Everyone"), Item(0, "Visitors")));

        Assert.Equal(
            "child 1 of numbered 0 'everyone': expected numbered 1 'visitors', found nothing (the rebuilt document has 0 children there, the original 1)",
            ClauseTree.FirstDifference(original, moved));
    }

    [Fact]
    public void A_clause_moved_to_another_section_is_a_difference()
    {
        var original = ClauseTree.FromDocx(Docx("a.docx", Heading("Scope"), Item(0, "Everyone"), Heading("Passwords"), Item(0, "Long ones")));
        var moved = ClauseTree.FromDocx(Docx("b.docx", Heading("Scope"), Item(0, "Everyone"), Item(0, "Long ones"), Heading("Passwords")));

        Assert.Equal(
            "child 2 of heading 1 'scope': expected nothing more, found numbered 0 'long ones'",
            ClauseTree.FirstDifference(original, moved));
    }

    private string Docx(string name, params OpenXmlElement[] paragraphs)
    {
        var path = Path.Combine(_folder, name);
        using var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        main.Document = new Document(new Body(paragraphs));
        main.AddNewPart<NumberingDefinitionsPart>().Numbering = new Numbering(
            new AbstractNum(
                new Level(new NumberingFormat { Val = NumberFormatValues.Decimal }) { LevelIndex = 0 },
                new Level(new NumberingFormat { Val = NumberFormatValues.LowerLetter }) { LevelIndex = 1 })
            { AbstractNumberId = 1 },
            new AbstractNum(new Level(new NumberingFormat { Val = NumberFormatValues.Bullet }) { LevelIndex = 0 }) { AbstractNumberId = 2 },
            new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = 1 },
            new NumberingInstance(new AbstractNumId { Val = 2 }) { NumberID = 2 });
        return path;
    }

    private static Paragraph Heading(string text) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = "Heading1" }), new Run(new Text(text)));

    private static Paragraph Item(int level, string text, string? bookmark = null) => List(1, level, text, bookmark);

    private static Paragraph Bullet(string text) => List(2, 0, text, null);

    private static Paragraph List(int numId, int level, string text, string? bookmark)
    {
        var paragraph = new Paragraph(new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = numId })));
        if (bookmark is not null)
        {
            paragraph.Append(new BookmarkStart { Id = "1", Name = bookmark }, new BookmarkEnd { Id = "1" });
        }

        paragraph.Append(new Run(new Text(text)));
        return paragraph;
    }
}
