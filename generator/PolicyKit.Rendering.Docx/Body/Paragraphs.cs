using DocumentFormat.OpenXml.Wordprocessing;
using PolicyKit.Rendering.Docx.Inlines;

namespace PolicyKit.Rendering.Docx.Body;

/// <summary>Paragraph properties shared by the renderers.</summary>
internal static class Paragraphs
{
    public static ParagraphProperties Properties(string style, int indent = 0) => new()
    {
        ParagraphStyleId = new ParagraphStyleId { Val = style },
        Indentation = indent > 0 ? new Indentation { Left = Twips(indent) } : null,
    };

    public static NumberingProperties Numbered(int level, int numId) =>
        new(new NumberingLevelReference { Val = level }, new NumberingId { Val = numId });

    /// <summary>numId 0 switches numbering off even if the reference document's style numbers the paragraph (ECMA-376 17.9.18).</summary>
    public static NumberingProperties Unnumbered() => new(new NumberingId { Val = 0 });

    public static Paragraph Text(string style, string text, RunFormat format = default) =>
        new(Properties(style), RunText.Create(text, format));

    public static string Twips(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
