using DocumentFormat.OpenXml.Wordprocessing;

namespace PolicyKit.Rendering.Docx.Reference;

/// <summary>The default page setup: A4 portrait with 2 cm margins (1 cm = 567 twips).</summary>
internal static class DefaultSection
{
    public static SectionProperties Create() => new(
        new PageSize { Width = 11906, Height = 16838 },
        new PageMargin { Top = 1134, Right = 1134, Bottom = 1134, Left = 1134, Header = 567, Footer = 567, Gutter = 0 },
        new Columns { Space = "708" },
        new DocGrid { LinePitch = 360 });
}
