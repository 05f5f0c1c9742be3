using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using PolicyKit.Generator.Redlining;
using PolicyKit.Model.Blocks;
using PolicyKit.Model.Document;
using PolicyKit.Model.Inlines;
using static PolicyKit.Tests.Rendering.Html.HtmlTestDocuments;

namespace PolicyKit.Tests.Redlining;

/// <summary>What the Word redline says for each kind of change, in WordprocessingML's own revision elements.</summary>
public sealed class RedlineMarkupTests
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private static readonly PolicyDocument Old = With(
    [
        Heading(1, "Passwords", "passwords-section"),
        Clauses(
            Item("Never share a password.", "sharing"),
            new ListItem { Blocks = [Paragraph(new TextRun("Passwords have at least "), new Strong([new TextRun("eight")]), new TextRun(" characters; see "), new Link("https://www.ncsc.gov.uk", [new TextRun("the NCSC")]), new TextRun("."))], Attributes = NodeAttributes.WithId("length") },
            Item("Write passwords down only in a locked drawer.", "writing-down")),
        Heading(1, "Reporting", "reporting"),
        Clauses(Item("Report a lost device at once.", "lost-device")),
    ]);

    private static readonly PolicyDocument New = With(
    [
        Heading(1, "Passwords", "passwords-section"),
        Clauses(
            new ListItem { Blocks = [Paragraph(new TextRun("Passwords have at least "), new Strong([new TextRun("twelve")]), new TextRun(" characters; see "), new Link("https://www.ncsc.gov.uk", [new TextRun("the NCSC")]), new TextRun("."))], Attributes = NodeAttributes.WithId("length") },
            Item("Use a password manager.", "manager")),
        Heading(1, "Reporting", "reporting"),
        Clauses(Item("Report a lost device at once.", "lost-device"), Item("Never share a password.", "sharing")),
    ]);

    [Fact]
    public void Each_change_is_listed_by_clause_number_and_id()
    {
        var redline = RedlineDocuments.Compare(Old, New);

        Assert.Equal(
            [
                "Reworded clause 1.b→1.a length",
                "Removed clause 1.c→ writing-down",
                "Added clause →1.b manager",
                "Moved clause 1.a→2.b sharing",
            ],
            redline.Changes.Select(c => $"{c.Kind} {c.What} {c.OldNumber}→{c.NewNumber} {c.ClauseId}"));
    }

    [Fact]
    public void Reworded_words_are_deleted_and_inserted_runs_with_the_new_versions_author_and_date()
    {
        var body = Body(RedlineDocuments.Compare(Old, New));

        var deleted = Assert.Single(body.Descendants(W + "del"), d => d.Value == "eight");
        Assert.Equal("eight", string.Concat(deleted.Descendants(W + "delText").Select(t => t.Value)));
        Assert.NotNull(deleted.Descendants(W + "b").FirstOrDefault());
        var inserted = Assert.Single(body.Descendants(W + "ins"), i => i.Parent!.Name == W + "p" && i.Value == "twelve");
        Assert.Equal(RedlineDocuments.Author, (string?)inserted.Attribute(W + "author"));
        Assert.Equal("2026-03-02T00:00:00Z", (string?)inserted.Attribute(W + "date"));
    }

    [Fact]
    public void A_removed_clause_is_deleted_text_in_a_paragraph_whose_mark_is_deleted_too()
    {
        var paragraph = ParagraphWith(Body(RedlineDocuments.Compare(Old, New)), "Write passwords down only in a locked drawer.");

        Assert.NotNull(paragraph.Element(W + "pPr")!.Element(W + "rPr")!.Element(W + "del"));
        Assert.All(paragraph.Elements(W + "r"), r => Assert.Fail("a run outside w:del"));
        Assert.Empty(paragraph.Descendants(W + "t"));
    }

    [Fact]
    public void An_added_clause_is_inserted_text_in_a_paragraph_whose_mark_is_inserted_too()
    {
        var paragraph = ParagraphWith(Body(RedlineDocuments.Compare(Old, New)), "Use a password manager.");

        Assert.NotNull(paragraph.Element(W + "pPr")!.Element(W + "rPr")!.Element(W + "ins"));
        Assert.NotNull(paragraph.Element(W + "ins"));
    }

    [Fact]
    public void A_moved_clause_is_a_named_move_from_its_old_place_to_its_new_one()
    {
        var body = Body(RedlineDocuments.Compare(Old, New));
        var paragraphs = body.Descendants(W + "p").Where(p => p.Value == "Never share a password.").ToList();

        Assert.Equal(2, paragraphs.Count);
        var (from, to) = (paragraphs[0], paragraphs[1]);
        Assert.NotNull(from.Element(W + "moveFrom"));
        Assert.NotNull(from.Element(W + "pPr")!.Element(W + "rPr")!.Element(W + "moveFrom"));
        Assert.NotNull(to.Element(W + "moveTo"));
        var fromName = (string?)from.Element(W + "moveFromRangeStart")!.Attribute(W + "name");
        Assert.Equal(fromName, (string?)to.Element(W + "moveToRangeStart")!.Attribute(W + "name"));
        Assert.NotNull(from.Element(W + "moveFromRangeEnd"));
        Assert.NotNull(to.Element(W + "moveToRangeEnd"));

        // The clause's bookmark, for links and the contents, is where it now stands.
        Assert.Null(from.Element(W + "bookmarkStart"));
        Assert.Equal("c_sharing", (string?)to.Element(W + "bookmarkStart")!.Attribute(W + "name"));
    }

    [Fact]
    public void The_redline_passes_the_Open_XML_validator()
    {
        var errors = RedlineDocuments.ValidationErrors(RedlineDocuments.Docx(RedlineDocuments.Compare(Old, New).Document));
        Assert.True(errors.Count == 0, string.Join('\n', errors));
    }

    [Fact]
    public void A_prefixed_policy_lists_clause_changes_by_their_prefixed_numbers_and_plain_list_items_as_items()
    {
        var info = Info(NumberingScheme.Decimal) with { PolicyNumber = 7 };
        var old = With(
            [Heading(1, "Screens", "screens"), Clauses(Item("Lock your screen when you leave it.", "locking", Numbered(Item("Press the Windows key and L."), Item("Walk away.")))), Clauses(Item("Report a lost device.", "lost"))],
            info);
        var @new = With(
            [Heading(1, "Screens", "screens"), Clauses(Item("Lock your screen when you leave it.", "locking", Numbered(Item("Press the Windows key and L."), Item("Check the screen is locked."), Item("Walk away.")))), Clauses(Item("Use a privacy screen.", "privacy"), Item("Report a lost device.", "lost"))],
            info);

        var redline = RedlineDocuments.Compare(old, @new);

        Assert.Equal(
            ["Added item → ", "Added clause →7.1.2 privacy"],
            redline.Changes.Select(c => $"{c.Kind} {c.What} {c.OldNumber}→{c.NewNumber} {c.ClauseId}"));
        var errors = RedlineDocuments.ValidationErrors(RedlineDocuments.Docx(redline.Document));
        Assert.True(errors.Count == 0, string.Join('\n', errors));
    }

    private static XElement Body(Redline redline)
    {
        using var stream = new MemoryStream(RedlineDocuments.Docx(redline.Document));
        using var document = WordprocessingDocument.Open(stream, false);
        using var reader = document.MainDocumentPart!.GetStream();
        return XDocument.Load(reader).Root!.Element(W + "body")!;
    }

    private static XElement ParagraphWith(XElement body, string text) => Assert.Single(body.Descendants(W + "p"), p => p.Value == text);
}
