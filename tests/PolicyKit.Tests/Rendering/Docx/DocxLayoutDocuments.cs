using System.IO.Compression;
using System.Xml.Linq;
using PolicyKit.Model.Blocks;
using PolicyKit.Model.Document;
using PolicyKit.Model.Inlines;
using PolicyKit.Model.Layout;
using PolicyKit.Model.Presentation;
using PolicyKit.Rendering.Docx;
using PolicyKit.Tests.Rendering.Html;

namespace PolicyKit.Tests.Rendering.Docx;

/// <summary>Hand-built documents with layouts of their own, rendered to Word, for the layout tests.</summary>
internal static class DocxLayoutDocuments
{
    /// <summary>A trust board's layout: its own rows, a three-column change log at the start, one level of contents, the CEO and the chair of the board.</summary>
    public static DocumentLayout TrustLayout(DocumentInfo info) => new()
    {
        TitlePage =
        [
            new TitleElement(TitleElementKind.Logo, string.Empty),
            new TitleElement(TitleElementKind.OrganisationName, "Oakwood Learning Trust"),
            new TitleElement(TitleElementKind.Subtitle, "Policy 7 of the staff handbook"),
            new TitleElement(TitleElementKind.Title, info.Title),
            new TitleElement(TitleElementKind.Text, "For every school in the trust."),
        ],
        Metadata =
        [
            new MetadataRow("Last reviewed", "June 2025", new DateOnly(2025, 6, 1), MonthOnly: true),
            new MetadataRow("Responsible officer", "Chief Operating Officer"),
            new MetadataRow("Chair of the board", "Cai Chair"),
            new MetadataRow("To be reviewed", "June 2027", new DateOnly(2027, 6, 1), MonthOnly: true),
        ],
        BeforeContents = [HtmlTestDocuments.Paragraph(new TextRun("This policy was adopted by the "), new Strong([new TextRun("board of trustees")]), new TextRun("."))],
        ContentsDepth = 1,
        ChangeLog = new ChangeLog(
            "Change log",
            ChangeLogPlacement.Start,
            [new ChangeLogColumn("Date", 20), new ChangeLogColumn("Details of change", 55), new ChangeLogColumn("Approved", 25)],
            [
                [Month(2023, 6), new LayoutValue("First version."), new LayoutValue("Board of trustees")],
                [Month(2025, 6), new LayoutValue("Reviewed; no changes."), new LayoutValue("Audit and risk committee")],
            ]),
        Signatures = new SignatureBlock(
            "Signed",
            "Approved by the board of trustees in June 2025.",
            [new SignatureEntry("CEO", "Dana Director", Month(2025, 6)), new SignatureEntry("Chair of the board", null, null)]),
        Dates = DateFormat.Long,
        TableWidths = TableWidths.Content,
    };

    /// <summary>No contents, no signatures, and the body straight after the metadata.</summary>
    public static DocumentLayout PlainLayout(DocumentInfo info) => BuiltInLayout.For(info) with
    {
        ContentsDepth = 0,
        Signatures = null,
        BodyOnNewPage = false,
    };

    /// <summary>A change log whose cells hold long words: a double-barrelled name, an email address, "governors/trustees".</summary>
    public static DocumentLayout LongWordsLayout(DocumentInfo info, TableWidths widths) => BuiltInLayout.For(info) with
    {
        ChangeLog = new ChangeLog(
            "Change log",
            ChangeLogPlacement.End,
            [new ChangeLogColumn("Date", 20), new ChangeLogColumn("Details of change", 50), new ChangeLogColumn("Approved by governors/trustees", 30)],
            [
                [Day(2024, 9, 3), new LayoutValue("Questions now go to dpo@oakhurst-academy.example"), new LayoutValue("Featherstonehaugh-Cholmondeley")],
                [Day(2025, 9, 3), new LayoutValue("Reviewed by the governors/trustees with no changes."), new LayoutValue("Montgomery-Worthington")],
            ]),
        TableWidths = widths,
    };

    public static readonly string[] LongWords =
        ["governors/trustees", "Featherstonehaugh-Cholmondeley", "dpo@oakhurst-academy.example", "Montgomery-Worthington"];

    public static PolicyDocument Document(Func<DocumentInfo, DocumentLayout> layout)
    {
        var info = HtmlTestDocuments.Info(NumberingScheme.Decimal);
        return HtmlTestDocuments.With(
            [
                HtmlTestDocuments.Heading(1, "Aims", "aims"),
                HtmlTestDocuments.Clauses(HtmlTestDocuments.Item("Staff keep their passwords to themselves.")),
                HtmlTestDocuments.Heading(2, "Who this applies to"),
                HtmlTestDocuments.Paragraph("Everyone with a trust account."),
                new Table
                {
                    HeaderRows = [Row("Account", "Minimum length")],
                    BodyRows = [Row("Staff and governors/trustees", "12"), Row("Pupils", "8")],
                },
            ],
            info with { Layout = layout(info) });
    }

    public static byte[] Render(PolicyDocument document)
    {
        using var stream = new MemoryStream();
        DocxRenderer.Render(document, stream, new DocxRenderOptions { ReferenceDocument = DocxReferenceDocument.Default });
        return stream.ToArray();
    }

    public static XDocument Part(byte[] docx, string name)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        using var stream = zip.GetEntry(name)!.Open();
        return XDocument.Load(stream);
    }

    private static PolicyKit.Model.Blocks.TableRow Row(params string[] cells) => new([.. cells.Select(c => new TableCell([new TextRun(c)]))]);

    private static LayoutValue Month(int year, int month) => new(new DateTime(year, month, 1).ToString("MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture), new DateOnly(year, month, 1), MonthOnly: true);

    private static LayoutValue Day(int year, int month, int day) => new(BritishDates.Long(new DateOnly(year, month, day)), new DateOnly(year, month, day));
}
