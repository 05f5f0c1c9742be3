using PolicyKit.Rendering.Html.Styling;
using PolicyKit.Rendering.Html.Writing;

namespace PolicyKit.Rendering.Html.Pages;

/// <summary>The frame of every page: doctype, language, viewport, title, the inlined stylesheet and a skip link.</summary>
internal static class PageShell
{
    public const string DefaultLanguage = "en-GB";

    /// <summary>The separator of "Policy title — School name" in page titles.</summary>
    public const string TitleSeparator = " \u2014 ";

    /// <param name="extraRules">Rules after the stylesheet's own, for what only some pages need.</param>
    public static void Begin(HtmlBuilder html, string? language, string title, Palette palette, string mainId, string extraRules = "")
    {
        html.Trusted("<!doctype html>").Line()
            .Open("html", ("lang", string.IsNullOrWhiteSpace(language) ? DefaultLanguage : language)).Line()
            .Open("head").Line()
            .Open("meta", ("charset", "utf-8")).Line()
            .Open("meta", ("name", "viewport"), ("content", "width=device-width, initial-scale=1")).Line()
            .Element("title", title).Line()
            .Open("style").Line().Trusted(Stylesheet.For(palette) + extraRules).Close("style").Line()
            .Close("head").Line()
            .Open("body").Line()
            .Element("a", "Skip to main content", ("class", "skip-link"), ("href", "#" + mainId)).Line();
    }

    public static void End(HtmlBuilder html) => html.Close("body").Line().Close("html").Line();
}
