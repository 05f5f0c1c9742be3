using PolicyKit.Model.Document;

namespace PolicyKit.Rendering.Html.Styling;

/// <summary>
/// A school's colours and fonts made safe for the web page: text colours darkened until they pass WCAG AA on the
/// page's light surfaces, and tasteful defaults where the school sets nothing.
/// </summary>
internal sealed record Palette(Rgb Primary, Rgb Accent, Rgb Tint, Rgb Decoration, string BodyFont, string HeadingFont)
{
    private static readonly Rgb DefaultPrimary = new(0x1F, 0x3A, 0x5F);
    private static readonly Rgb DefaultAccent = new(0x2B, 0x6C, 0xB0);

    public static Palette Default { get; } = For(Branding.None);

    public static Palette For(Branding branding)
    {
        var primary = Rgb.Parse(branding.PrimaryColour) ?? DefaultPrimary;
        var accent = Rgb.Parse(branding.AccentColour) ?? (branding.PrimaryColour is null ? DefaultAccent : primary);

        // The tint is the background of the header, contents and notes; the primary colour is text on it and on white.
        var tint = accent.Mix(Rgb.White, 0.93);
        return new Palette(
            Primary: ColourContrast.EnsureContrast(primary, tint),
            Accent: ColourContrast.EnsureContrast(accent, Rgb.White),
            Tint: tint,
            Decoration: accent,
            BodyFont: FontStacks.Body(branding.BodyFont),
            HeadingFont: FontStacks.Heading(branding.HeadingFont));
    }
}
