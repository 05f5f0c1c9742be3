using PolicyKit.Model.Document;
using PolicyKit.Rendering.Html.Writing;

namespace PolicyKit.Rendering.Html.Pages;

/// <summary>
/// A logo embedded as a data: URL so the page needs no separate image file, with width and height so the layout
/// does not jump while it loads, and the alt text the school wrote.
/// </summary>
internal static class LogoImage
{
    // The logo is shown 72 px high (4.5rem); the attributes give the shape, CSS the size.
    private const int DisplayHeight = 96;

    public static void Write(HtmlBuilder html, ImageAsset logo)
    {
        var mime = logo.Format == ImageFormat.Jpeg ? "image/jpeg" : "image/png";
        var pixelWidth = Math.Max(logo.PixelWidth, 1);
        var pixelHeight = Math.Max(logo.PixelHeight, 1);
        var height = Math.Min(DisplayHeight, pixelHeight);
        var width = Math.Max(1, (int)Math.Round(pixelWidth * (double)height / pixelHeight, MidpointRounding.AwayFromZero));

        html.Open(
            "img",
            ("class", "logo"),
            ("src", $"data:{mime};base64,{Convert.ToBase64String(logo.Bytes.Span)}"),
            ("alt", logo.AltText),
            ("width", Number(width)),
            ("height", Number(height)));
    }

    private static string Number(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
