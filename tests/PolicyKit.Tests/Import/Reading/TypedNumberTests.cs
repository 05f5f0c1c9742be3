using PolicyKit.Import.Reading;
using PolicyKit.Tests.Import.Support;

namespace PolicyKit.Tests.Import.Reading;

public sealed class TypedNumberTests : IDisposable
{
    private readonly ReadDocuments _documents = new();

    public void Dispose() => _documents.Dispose();

    [Theory]
    [InlineData("1.\tStaff", "1.", 0, "Decimal")]
    [InlineData("1) Staff", "1)", 0, "Decimal")]
    [InlineData("(12)  Staff", "(12)", 0, "Decimal")]
    [InlineData("3.2 Staff", "3.2", 1, "MultiLevelDecimal")]
    [InlineData("7.6.1\tStaff", "7.6.1", 2, "MultiLevelDecimal")]
    [InlineData("7.6.1. Staff", "7.6.1.", 2, "MultiLevelDecimal")]
    [InlineData("a.\tStaff", "a.", -1, "LowerLetter")]
    [InlineData("b) Staff", "b)", -1, "LowerLetter")]
    [InlineData("(c) Staff", "(c)", -1, "LowerLetter")]
    [InlineData("A. Staff", "A.", -1, "UpperLetter")]
    [InlineData("i. Staff", "i.", -1, "LowerRoman")]
    [InlineData("(iv)\tStaff", "(iv)", -1, "LowerRoman")]
    [InlineData("IV. Staff", "IV.", -1, "UpperRoman")]
    public void A_number_typed_at_the_start_is_found_with_its_depth_and_style(string text, string label, int level, string style)
    {
        var (marker, length) = TypedNumbers.Find(text)!.Value;

        Assert.Equal(new ListMarker(ListOrigin.TypedNumber, level, label, Enum.Parse<NumberStyle>(style), null), marker);
        Assert.Equal("Staff", text[length..]);
    }

    [Theory]
    [InlineData("2024 was the year the policy changed.")]
    [InlineData("Stand 1.5 metres apart.")]
    [InlineData("Keep 1. apart")]
    [InlineData("e.g. a phone")]
    [InlineData("7.6.1")]
    [InlineData("a.")]
    [InlineData("ab. not a number")]
    [InlineData("IIII. not roman")]
    [InlineData("1234. too long")]
    public void Text_that_only_looks_like_a_number_is_left_alone(string text)
    {
        Assert.Null(TypedNumbers.Find(text));
    }

    [Theory]
    [InlineData("•\tPhones")]
    [InlineData("- Phones")]
    [InlineData("–\tPhones")]
    [InlineData("o\tPhones")]
    [InlineData("\uF0B7\tPhones")]
    public void A_typed_bullet_is_a_bullet(string text)
    {
        var (marker, length) = TypedNumbers.Find(text)!.Value;

        Assert.Equal(new ListMarker(ListOrigin.Bullet, -1, "•", NumberStyle.Bullet, null), marker);
        Assert.Equal("Phones", text[length..]);
    }

    [Fact]
    public void A_typed_number_is_taken_out_of_the_paragraphs_text_and_formatting_is_kept()
    {
        var document = _documents.Read(new WordDocumentBuilder()
            .Typed("7.6.1", "Passwords are never shared.")
            .Paragraph(WordSpan.Strong("a."), "\t", WordSpan.Emphasis("Phones"), " are locked.")
            .TypedBullet("Tablets")
            .Paragraph("2024 was the year the policy changed."));

        var typed = ReadDocuments.Find(document, "Passwords are never shared.");
        Assert.Equal(new ListMarker(ListOrigin.TypedNumber, 2, "7.6.1", NumberStyle.MultiLevelDecimal, null), typed.List);
        var letter = ReadDocuments.Find(document, "Phones are locked.");
        Assert.Equal("a.", letter.List?.Label);
        Assert.Equal([new ImportedRun("Phones", RunStyle.Italic), new ImportedRun(" are locked.", RunStyle.None)], letter.Runs);
        Assert.Equal(ListOrigin.Bullet, ReadDocuments.Find(document, "Tablets").List?.Origin);
        Assert.Null(ReadDocuments.Find(document, "2024 was the year the policy changed.").List);
    }
}
