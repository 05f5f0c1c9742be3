using PolicyKit.Model.Blocks;
using PolicyKit.Model.Document;
using PolicyKit.Model.Inlines;

namespace PolicyKit.Tests.Rendering.Html;

/// <summary>Hand-built documents for unit tests of the HTML renderer, so each test shows exactly what it feeds in.</summary>
internal static class HtmlTestDocuments
{
    // The smallest valid PNG (1×1, transparent): enough for the renderer, which never decodes it.
    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

    public static ImageAsset Logo(string alt = "Alder School crest") => new("logo.png", Png, ImageFormat.Png, 240, 120, alt);

    public static DocumentInfo Info(NumberingScheme numbering = NumberingScheme.Alpha, Branding? branding = null) => new()
    {
        PolicyId = "passwords",
        Title = "Passwords",
        Status = "Non-statutory",
        WrittenBy = "Trust central team",
        Owner = "Director of Operations (Olu Ops)",
        ApprovedBy = "Local governing body",
        Version = "1.0",
        DateRatified = new DateOnly(2025, 9, 3),
        NextReview = new DateOnly(2030, 9, 1),
        ReviewCycle = "Annual",
        History = [new ReviewHistoryEntry("1.0", new DateOnly(2025, 7, 1), "TC", "First version.", new DateOnly(2025, 9, 3), null)],
        Organisation = new Organisation(
            "Alder School",
            "Growing together",
            Logo(),
            [new ContactCard("Alder School", ["1 Alder Road", "Testville", "TE1 1ST"], "01632 960001", "office@alder.example", "www.alder.example")]),
        Signatories = [new Signatory("Headteacher", "Hana Head", new DateOnly(2025, 9, 3)), new Signatory("Chair of governors", "Cai Chair", null)],
        Branding = branding ?? Branding.None,
        NumberingScheme = numbering,
        AcceptedBy = "All staff",
        InputHash = new string('0', 64),
    };

    public static PolicyDocument With(IReadOnlyList<Block> body, DocumentInfo? info = null) => new() { Info = info ?? Info(), Body = body };

    public static Paragraph Paragraph(params Inline[] content) => new() { Content = content };

    public static Paragraph Paragraph(string text, string? id = null) =>
        new() { Content = [new TextRun(text)], Attributes = NodeAttributes.WithId(id) };

    public static Heading Heading(int level, string text, string? id = null) =>
        new() { Level = level, Content = [new TextRun(text)], Attributes = NodeAttributes.WithId(id) };

    public static ListBlock Clauses(params ListItem[] items) => new() { Kind = ListKind.Clauses, Items = items };

    public static ListBlock Bullets(params ListItem[] items) => new() { Kind = ListKind.Bullets, Items = items };

    public static ListBlock Numbered(params ListItem[] items) => new() { Kind = ListKind.Numbered, Items = items };

    public static ListItem Item(string text, string? id = null, params Block[] nested) =>
        new() { Blocks = [Paragraph(text), .. nested], Attributes = NodeAttributes.WithId(id) };
}
