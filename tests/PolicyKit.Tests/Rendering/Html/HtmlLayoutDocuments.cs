using PolicyKit.Model.Blocks;
using PolicyKit.Model.Document;
using PolicyKit.Model.Inlines;
using PolicyKit.Model.Layout;
using PolicyKit.Model.Presentation;
using static PolicyKit.Tests.Rendering.Html.HtmlTestDocuments;

namespace PolicyKit.Tests.Rendering.Html;

/// <summary>A trust-level policy under a trust's own layout, built directly as the model, for the web page's layout tests.</summary>
internal static class HtmlLayoutDocuments
{
    public static readonly DateOnly Adopted = new(2023, 6, 12);

    /// <summary>Board rows, a three-column change log at the start, one level of contents, the CEO and the chair of the board signing.</summary>
    public static DocumentLayout TrustLayout() => new()
    {
        TitlePage =
        [
            new(TitleElementKind.Logo, "Alder Academy Trust logo"),
            new(TitleElementKind.OrganisationName, "Alder Academy Trust"),
            new(TitleElementKind.Title, "Trust governance"),
            new(TitleElementKind.Subtitle, "Version 1:1"),
            new(TitleElementKind.Text, "This policy applies to every academy in the trust."),
        ],
        Metadata =
        [
            new MetadataRow("Last reviewed", "June 2023", new DateOnly(2023, 6, 1), MonthOnly: true),
            new MetadataRow("Responsible officer", "Chief Operating Officer"),
            new MetadataRow("Chair of the board", "Dr Priya Board"),
            new MetadataRow("Contact", "governance.clerk@alderacademytrust.example"),
            new MetadataRow("To be reviewed", "12 June 2026", new DateOnly(2026, 6, 12)),
        ],
        BeforeContents = [Paragraph(new TextRun("The board of trustees adopted this policy on "), new Strong([new TextRun("12 June 2023")]), new TextRun("."))],
        ContentsDepth = 1,
        ChangeLog = new ChangeLog(
            "Change log",
            ChangeLogPlacement.Start,
            [new("Date", 20), new("Details of change", 60), new("Approved", 20)],
            [
                [new LayoutValue("12 June 2023", Adopted), new LayoutValue("First version for the whole trust."), new LayoutValue("Board of trustees")],
                [new LayoutValue("June 2024", new DateOnly(2024, 6, 1), MonthOnly: true), new LayoutValue("Telecommunications and safeguarding responsibilities clarified."), LayoutValue.Empty],
            ]),
        Signatures = new SignatureBlock(
            "Signed",
            "Approved by the board of trustees on 12 June 2023.",
            [new("CEO", "Sam Chief", new LayoutValue("12 June 2023", Adopted)), new("Chair of the board", null, null)]),
        Dates = DateFormat.Long,
    };

    public static PolicyDocument TrustPolicy(DocumentLayout? layout = null) => With(
        [
            Heading(1, "Purpose", "purpose"),
            Paragraph("How the trust board governs its academies."),
            Heading(2, "Scope", "scope"),
            Paragraph("Every academy in the trust."),
            Heading(3, "Exceptions", "exceptions"),
            Paragraph("None."),
            Heading(1, "Roles", "roles"),
            Paragraph("The board delegates some decisions to local governing bodies."),
        ],
        Info(NumberingScheme.Decimal) with
        {
            Title = "Trust governance",
            Organisation = new Organisation("Alder Academy Trust", "Learning together", Logo("Alder Academy Trust logo"), []),
            Layout = layout ?? TrustLayout(),
        });
}
