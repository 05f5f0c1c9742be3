using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using PolicyKit.Model.Layout;
using Snapshooter;
using Snapshooter.Xunit;

namespace PolicyKit.Tests.Rendering.Docx;

/// <summary>The Word document draws the parts a layout describes, and only those, in the layout's order.</summary>
public sealed class DocxLayoutTests
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static readonly OpenXmlValidator Validator = new(DocumentFormat.OpenXml.FileFormatVersions.Microsoft365);

    [Fact]
    public void A_trust_layout_draws_its_cover_rows_start_change_log_one_level_of_contents_and_its_signatories()
    {
        var docx = DocxLayoutDocuments.Render(DocxLayoutDocuments.Document(DocxLayoutDocuments.TrustLayout));
        var document = DocxLayoutDocuments.Part(docx, "word/document.xml");
        var paragraphs = Texts(document);

        Assert.Empty(ValidationErrors(docx));
        Assert.Equal(
            ["Oakwood Learning Trust", "Policy 7 of the staff handbook", "Passwords", "For every school in the trust.", "Last reviewed", "June 2025"],
            paragraphs.Where(t => t.Length > 0).Take(6));

        // Order: metadata, change log, the sentence before the contents, then contents listing the change log first.
        int At(string text) => paragraphs.IndexOf(text);
        Assert.True(At("To be reviewed") < At("Change log") && At("Change log") < At("Details of change"));
        Assert.True(At("June 2023") < At("This policy was adopted by the board of trustees.") && At("This policy was adopted by the board of trustees.") < At("Contents"));
        Assert.Equal("Change log", paragraphs[At("Contents") + 1]);
        Assert.EndsWith("Aims", paragraphs[At("Contents") + 2], StringComparison.Ordinal);
        Assert.Equal("Aims", paragraphs[At("Contents") + 3]); // the body's own heading: "Who this applies to" has no entry
        Assert.Contains(" TOC \\o \"1-1\" \\h \\z \\u ", document.Descendants(W + "instrText").Select(i => i.Value));

        // Metadata, change log and the body's table are sized to their content and laid out fixed; the signatures' layout table is not.
        Assert.Equal(3, document.Descendants(W + "tblLayout").Count(l => l.Attribute(W + "type")?.Value == "fixed"));

        // Signatories: the CEO with name and month-only date; the chair with no named holder and a blank date.
        Assert.Equal(
            ["CEO", "Dana Director", "Signed: ______________________________", "Date: June 2025", "Chair of the board", "Signed: ______________________________", "Date: ____________________"],
            paragraphs.Skip(At("Approved by the board of trustees in June 2025.") + 1).Take(7));
        Snapshot.Match(Lines(document), SnapshotNameExtension.Create("trust"));
    }

    [Fact]
    public void A_layout_without_contents_or_signatures_starts_the_body_on_the_same_page()
    {
        var docx = DocxLayoutDocuments.Render(DocxLayoutDocuments.Document(DocxLayoutDocuments.PlainLayout));
        var document = DocxLayoutDocuments.Part(docx, "word/document.xml");
        var paragraphs = Texts(document);

        Assert.Empty(ValidationErrors(docx));
        Assert.DoesNotContain("Contents", paragraphs);
        Assert.Empty(document.Descendants(W + "instrText"));
        Assert.DoesNotContain("Signed", paragraphs);
        Assert.Empty(document.Descendants(W + "pageBreakBefore"));
        Assert.DoesNotContain(document.Descendants(W + "br"), b => b.Attribute(W + "type")?.Value == "page");
        Assert.True(paragraphs.IndexOf("Version") < paragraphs.IndexOf("Aims"));
        Assert.Contains("Policy review dates and changes", paragraphs);
        Snapshot.Match(Lines(document), SnapshotNameExtension.Create("plain"));
    }

    [Fact]
    public void Contents_three_levels_deep_list_third_level_headings_in_a_toc_3_style_the_styles_part_defines()
    {
        var docx = DocxLayoutDocuments.Render(DocxLayoutDocuments.Document(info => BuiltInLayout.For(info) with { ContentsDepth = 3 }));
        var document = DocxLayoutDocuments.Part(docx, "word/document.xml");
        var styles = DocxLayoutDocuments.Part(docx, "word/styles.xml");

        Assert.Empty(ValidationErrors(docx));
        Assert.Contains(" TOC \\o \"1-3\" \\h \\z \\u ", document.Descendants(W + "instrText").Select(i => i.Value));
        Assert.Contains(styles.Descendants(W + "style"), s => s.Attribute(W + "styleId")?.Value == "TOC3");
    }

    [Fact]
    public void Content_widths_give_every_column_room_for_its_longest_word_and_fill_the_text_width()
    {
        var content = Widths(TableWidths.Content);
        var fixedWidths = Widths(TableWidths.Fixed);

        Assert.Equal(9638, content.Sum());

        // "Featherstonehaugh-Cholmondeley" (about 168 pt at 11 pt Arial, 3,366 twips) needs more than the fixed 30 %.
        Assert.True(content[2] > 3366 + 216, $"the approvers' column is {content[2]} twips");
        Assert.True(fixedWidths[2] < 3366 + 216, $"the fixed approvers' column is {fixedWidths[2]} twips");
    }

    private static int[] Widths(TableWidths widths)
    {
        var docx = DocxLayoutDocuments.Render(DocxLayoutDocuments.Document(info => DocxLayoutDocuments.LongWordsLayout(info, widths)));
        var changeLog = DocxLayoutDocuments.Part(docx, "word/document.xml").Descendants(W + "tbl")
            .Single(t => t.Descendants(W + "t").Any(x => x.Value == "Details of change"));
        return [.. changeLog.Element(W + "tblGrid")!.Elements(W + "gridCol").Select(g => int.Parse(g.Attribute(W + "w")!.Value, System.Globalization.CultureInfo.InvariantCulture))];
    }

    private static List<string> Texts(XDocument document) =>
        [.. document.Descendants(W + "p").Select(p => string.Concat(p.Descendants(W + "t").Select(t => t.Value)))];

    private static string[] Lines(XDocument document) => document.ToString().Split('\n');

    private static List<string> ValidationErrors(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, false);
        return [.. Validator.Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}")];
    }
}
