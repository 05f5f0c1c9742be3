using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Wordprocessing;
using PolicyKit.Model.Document;

namespace PolicyKit.Rendering.Docx.Reference;

/// <summary>
/// Applies a school's branding to the reference document's styles. Null values keep the reference document's
/// choice so a communications officer can restyle everything in Word.
/// </summary>
internal static partial class BrandingApplier
{
    public static void Apply(Styles styles, Branding branding, string language)
    {
        var defaults = EnsureRunDefaults(styles);
        defaults.Languages = new Languages
        {
            Val = language,
            EastAsia = defaults.Languages?.EastAsia?.Value ?? "en-US",
            Bidi = defaults.Languages?.Bidi?.Value ?? "ar-SA",
        };

        if (branding.BodyFont is { } bodyFont)
        {
            defaults.RunFonts = Fonts(bodyFont);
        }

        var primary = ValidColour(branding.PrimaryColour);
        if (primary is null && branding.HeadingFont is null)
        {
            return;
        }

        foreach (var style in styles.Elements<Style>().Where(s => StyleIds.Branded.Contains(s.StyleId?.Value)))
        {
            var runProperties = style.StyleRunProperties ??= new StyleRunProperties();
            if (primary is not null)
            {
                runProperties.Color = new Color { Val = primary };
            }

            if (branding.HeadingFont is { } headingFont)
            {
                runProperties.RunFonts = Fonts(headingFont);
            }
        }
    }

    /// <summary>Six hex digits, or null: anything else would make Word reject styles.xml.</summary>
    public static string? ValidColour(string? colour) =>
        colour is not null && HexColour().IsMatch(colour) ? colour.ToUpperInvariant() : null;

    // Explicit font names for every script; the theme-font attributes would otherwise win over them.
    private static RunFonts Fonts(string name) => new() { Ascii = name, HighAnsi = name, EastAsia = name, ComplexScript = name };

    private static RunPropertiesBaseStyle EnsureRunDefaults(Styles styles)
    {
        var docDefaults = styles.DocDefaults ??= new DocDefaults();
        var runDefault = docDefaults.RunPropertiesDefault ??= new RunPropertiesDefault();
        return runDefault.RunPropertiesBaseStyle ??= new RunPropertiesBaseStyle();
    }

    [GeneratedRegex("^[0-9A-Fa-f]{6}$")]
    private static partial Regex HexColour();
}
