using DocumentFormat.OpenXml.Wordprocessing;

namespace PolicyKit.Rendering.Docx.Widths;

/// <summary>
/// What sizing columns to their content needs from the reference document: the body font and size, and the
/// left-plus-right padding of a PolicyTable cell.
/// </summary>
/// <param name="FontName">The body font ("Arial").</param>
/// <param name="HalfPoints">The body size in half-points (22 = 11 pt), as w:sz has it.</param>
/// <param name="CellPadding">Left plus right cell margin in twips.</param>
internal sealed record TextMetrics(string FontName, int HalfPoints, int CellPadding)
{
    // Word's own defaults when the reference document says nothing: 10 pt, and 0.19 cm (108 twips) each side of a cell.
    private const int DefaultHalfPoints = 20;
    private const int DefaultCellMargin = 108;

    private static readonly string[] SerifFamilies =
        ["Times", "Liberation Serif", "Georgia", "Cambria", "Garamond", "Book Antiqua", "Palatino", "Baskerville", "Century Schoolbook", "Bookman"];

    /// <summary>Times New Roman's widths for serif faces; Arial's for everything else, which is near enough for the common sans faces.</summary>
    public bool Serif => SerifFamilies.Any(family => FontName.StartsWith(family, StringComparison.OrdinalIgnoreCase));

    /// <summary>The body font and size (Normal over the document defaults) and the PolicyTable cell margins of a styles part.</summary>
    public static TextMetrics From(Styles styles)
    {
        var defaults = styles.DocDefaults?.RunPropertiesDefault?.RunPropertiesBaseStyle;
        var normal = styles.Elements<Style>().FirstOrDefault(s => s.StyleId?.Value == "Normal")?.StyleRunProperties;
        var font = normal?.RunFonts?.Ascii?.Value ?? defaults?.RunFonts?.Ascii?.Value ?? "Arial";
        var size = normal?.FontSize?.Val?.Value ?? defaults?.FontSize?.Val?.Value;
        var halfPoints = int.TryParse(size, System.Globalization.CultureInfo.InvariantCulture, out var parsed) && parsed > 0 ? parsed : DefaultHalfPoints;

        var margins = styles.Elements<Style>().FirstOrDefault(s => s.StyleId?.Value == Reference.StyleIds.PolicyTable)
            ?.StyleTableProperties?.TableCellMarginDefault;
        var padding = Margin(margins?.TableCellLeftMargin?.Width?.Value) + Margin(margins?.TableCellRightMargin?.Width?.Value);
        return new TextMetrics(font, halfPoints, padding);
    }

    /// <summary>The same metrics with the school's own body font, when it has one.</summary>
    public TextMetrics WithFont(string? fontName) => fontName is null ? this : this with { FontName = fontName };

    private static int Margin(short? twips) => twips is { } value and >= 0 ? value : DefaultCellMargin;
}
