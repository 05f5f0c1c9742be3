namespace PolicyKit.Rendering.Docx.Reference;

/// <summary>The style ids the renderer uses; a reference document lacking one gets the built-in definition.</summary>
internal static class StyleIds
{
    public const string Normal = "Normal";
    public const string Title = "Title";
    public const string SchoolName = "SchoolName";
    public const string Motto = "Motto";
    public const string TocHeading = "TOCHeading";
    public const string Toc1 = "TOC1";
    public const string Toc2 = "TOC2";

    /// <summary>Only contents three levels deep use it; the styles part gains it then (<see cref="Toc3Style"/>).</summary>
    public const string Toc3 = "TOC3";
    public const string BodyText = "BodyText";
    public const string ListParagraph = "ListParagraph";
    public const string Quote = "Quote";
    public const string Header = "Header";
    public const string Footer = "Footer";
    public const string Hyperlink = "Hyperlink";
    public const string VerbatimChar = "VerbatimChar";
    public const string Strong = "Strong";
    public const string PolicyTable = "PolicyTable";
    public const string TableGrid = "TableGrid";

    public static string Heading(int level) => "Heading" + Math.Clamp(level, 1, 3);

    public static string Toc(int level) => "TOC" + Math.Clamp(level, 1, 3);

    public static readonly IReadOnlyList<string> Required =
    [
        Normal, Title, SchoolName, Motto, Heading(1), Heading(2), Heading(3), TocHeading, Toc1, Toc2, BodyText,
        ListParagraph, Quote, Header, Footer, Hyperlink, VerbatimChar, Strong, PolicyTable, TableGrid,
    ];

    /// <summary>Styles that carry the school's primary colour and heading font.</summary>
    public static readonly IReadOnlyList<string> Branded = [Title, SchoolName, Heading(1), Heading(2), Heading(3), TocHeading];
}
