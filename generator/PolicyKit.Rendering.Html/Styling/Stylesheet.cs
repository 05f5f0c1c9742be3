using System.Globalization;
using System.Reflection;

namespace PolicyKit.Rendering.Html.Styling;

/// <summary>
/// The one stylesheet every page uses: the school's palette as CSS custom properties, then the rules in
/// policykit.css (kept as a file so it reads and diffs as CSS). Inlined in each page so a page is self-contained.
/// </summary>
internal static class Stylesheet
{
    private const string ResourceName = "PolicyKit.Rendering.Html.policykit.css";

    /// <summary>
    /// Added for a document with its own layout, whose rows may hold a word longer than a phone's value column (an
    /// email address). Breaking inside such a word is the last resort: the rule only applies to a word that cannot
    /// fit on a line of its own, so every other word still wraps at its ends. The built-in layout's pages are pinned
    /// byte for byte, so they do not carry it.
    /// </summary>
    public const string LayoutRules = """

        /* A word wider than the metadata table's value column breaks inside the cell rather than widening the page. */
        .metadata td { overflow-wrap: anywhere; }

        """;

    private static readonly string Rules = LoadRules();

    public static string For(Palette palette) =>
        string.Create(CultureInfo.InvariantCulture, $$"""
            :root {
              --primary: {{palette.Primary.ToCss()}};
              --accent: {{palette.Accent.ToCss()}};
              --tint: {{palette.Tint.ToCss()}};
              --decoration: {{palette.Decoration.ToCss()}};
              --body-font: {{palette.BodyFont}};
              --heading-font: {{palette.HeadingFont}};
            }

            """) + Rules;

    private static string LoadRules()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded stylesheet {ResourceName} is missing.");
        using var reader = new StreamReader(stream);

        // Line endings are normalised so that a checkout with CRLF still gives byte-identical pages.
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}
