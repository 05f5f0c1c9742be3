using DocumentFormat.OpenXml.Wordprocessing;

namespace PolicyKit.Rendering.Docx.Reference;

/// <summary>
/// The "toc 3" paragraph style for contents three levels deep. The built-in reference document has no TOC3, and
/// adding one there would change every existing document's styles part, so a document gains it only when its
/// contents go to level 3 and its reference document lacks it: a copy of TOC2 indented one step further.
/// </summary>
internal static class Toc3Style
{
    private const int DefaultStep = 284;

    public static void AddIfMissing(Styles styles)
    {
        var all = styles.Elements<Style>().ToList();
        if (all.Exists(s => s.StyleId?.Value == StyleIds.Toc3))
        {
            return;
        }

        var toc2 = all.Find(s => s.StyleId?.Value == StyleIds.Toc2);
        var style = (Style?)toc2?.CloneNode(true) ?? new Style(new StyleParagraphProperties()) { Type = StyleValues.Paragraph };
        style.StyleId = StyleIds.Toc3;
        style.StyleName = new StyleName { Val = "toc 3" };
        style.BasedOn ??= new BasedOn { Val = StyleIds.Normal };
        style.NextParagraphStyle ??= new NextParagraphStyle { Val = StyleIds.Normal };
        var paragraph = style.StyleParagraphProperties ??= new StyleParagraphProperties();
        var step = int.TryParse(paragraph.Indentation?.Left?.Value, System.Globalization.CultureInfo.InvariantCulture, out var left) && left > 0 ? left : DefaultStep;
        paragraph.Indentation = new Indentation { Left = (step * 2).ToString(System.Globalization.CultureInfo.InvariantCulture) };
        styles.Append(style);
    }
}
