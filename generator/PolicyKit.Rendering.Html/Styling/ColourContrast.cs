namespace PolicyKit.Rendering.Html.Styling;

/// <summary>
/// WCAG 2.2 contrast: relative luminance (https://www.w3.org/TR/WCAG22/#dfn-relative-luminance) and the
/// contrast ratio (L1 + 0.05) / (L2 + 0.05). A school may pick any colour; the page darkens it until text in it passes.
/// </summary>
internal static class ColourContrast
{
    /// <summary>WCAG 1.4.3 (AA) minimum for normal-size text.</summary>
    public const double TextMinimum = 4.5;

    // Darken in small steps so the colour stays as close to the school's as the rule allows.
    private const double Step = 0.02;

    public static double RelativeLuminance(Rgb colour) =>
        (0.2126 * Linear(colour.R)) + (0.7152 * Linear(colour.G)) + (0.0722 * Linear(colour.B));

    public static double Ratio(Rgb first, Rgb second)
    {
        var a = RelativeLuminance(first);
        var b = RelativeLuminance(second);
        return (Math.Max(a, b) + 0.05) / (Math.Min(a, b) + 0.05);
    }

    /// <summary>
    /// <paramref name="colour"/> if it already reaches <paramref name="minimum"/> against the light
    /// <paramref name="background"/>, else the first shade of it towards black that does. Black on any light
    /// background reaches at least 4.5:1 (a background that light has luminance above 0.175), so this always ends.
    /// </summary>
    public static Rgb EnsureContrast(Rgb colour, Rgb background, double minimum = TextMinimum)
    {
        for (var amount = 0.0; amount < 1.0; amount += Step)
        {
            var candidate = colour.Mix(Rgb.Black, amount);
            if (Ratio(candidate, background) >= minimum)
            {
                return candidate;
            }
        }

        return Rgb.Black;
    }

    // sRGB channel to linear light, with the WCAG 2.2 threshold (0.04045).
    private static double Linear(byte channel)
    {
        var c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }
}
