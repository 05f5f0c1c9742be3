using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PolicyKit.Import.Reading.Docx;

/// <summary>A style with its <c>w:basedOn</c> chain folded in.</summary>
internal sealed record ResolvedStyle(
    string? Name,
    ParagraphKind Kind,
    int? HeadingLevel,
    RunStyle RunStyle,
    string? NumId,
    int? Ilvl,
    bool PageBreakBefore);

/// <summary>The document's styles, each resolved once through its <c>w:basedOn</c> chain.</summary>
internal sealed partial class StyleSheet
{
    private const int MaxChain = 32;
    private readonly Dictionary<string, Style> _styles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ResolvedStyle> _resolved = new(StringComparer.Ordinal);
    private readonly string? _defaultParagraphStyle;

    public StyleSheet(Styles? styles)
    {
        foreach (var style in styles?.Elements<Style>() ?? [])
        {
            if (style.StyleId?.Value is { } id)
            {
                _styles.TryAdd(id, style);
                if (style.Default?.Value == true && style.Type?.InnerText == "paragraph")
                {
                    _defaultParagraphStyle = id;
                }
            }
        }
    }

    /// <summary>True for no style or the default paragraph style (Normal), which a paragraph's name leaves out.</summary>
    public bool IsDefault(string? styleId) => styleId is null || styleId == _defaultParagraphStyle;

    /// <summary>The paragraph style <paramref name="styleId"/> names, or the default paragraph style.</summary>
    public ResolvedStyle Paragraph(string? styleId) => Resolve(styleId ?? _defaultParagraphStyle);

    /// <summary>Bold and italic a character style gives (following its chain).</summary>
    public RunStyle Character(string? styleId) => styleId is null ? RunStyle.None : Resolve(styleId).RunStyle;

    /// <summary>A numbering style's own <c>w:numId</c> (how <c>w:numStyleLink</c> reaches its definition).</summary>
    public string? NumberingStyleNumId(string styleId) => Resolve(styleId).NumId;

    private ResolvedStyle Resolve(string? styleId)
    {
        if (styleId is null)
        {
            return new ResolvedStyle(null, ParagraphKind.Body, null, RunStyle.None, null, null, false);
        }

        if (_resolved.TryGetValue(styleId, out var done))
        {
            return done;
        }

        // Walk from the style to its root, then apply from the root down so a nearer style wins.
        var chain = new List<Style>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var id = styleId; id is not null && seen.Add(id) && chain.Count < MaxChain && _styles.TryGetValue(id, out var style);)
        {
            chain.Add(style);
            id = style.BasedOn?.Val?.Value;
        }

        var kind = ParagraphKind.Body;
        int? level = null;
        var runStyle = RunStyle.None;
        string? numId = null;
        int? ilvl = null;
        var pageBreakBefore = false;
        for (var i = chain.Count - 1; i >= 0; i--)
        {
            var style = chain[i];
            if (KindFromName(style.StyleName?.Val?.Value, style.StyleId?.Value) is { } named)
            {
                (kind, level) = named;
            }

            var properties = style.StyleParagraphProperties;
            if (properties?.OutlineLevel?.Val?.Value is { } outline && kind is ParagraphKind.Body or ParagraphKind.Heading)
            {
                // Outline level 9 is "body text"; 0–8 are heading levels 1–9.
                (kind, level) = outline < 9 ? (ParagraphKind.Heading, (int?)(outline + 1)) : (ParagraphKind.Body, null);
            }

            if (properties?.NumberingProperties is { } numbering)
            {
                numId = numbering.NumberingId?.Val?.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? numId;
                ilvl = numbering.NumberingLevelReference?.Val?.Value ?? ilvl;
            }

            if (properties?.PageBreakBefore is { } breakBefore)
            {
                pageBreakBefore = breakBefore.Val?.Value ?? true;
            }

            runStyle = RunFormatting.Apply(runStyle, style.StyleRunProperties?.Bold, style.StyleRunProperties?.Italic);
        }

        var name = chain.Count > 0 ? chain[0].StyleName?.Val?.Value ?? styleId : styleId;
        var resolved = new ResolvedStyle(DisplayName(name), kind, level, runStyle, numId, ilvl, pageBreakBefore);
        _resolved[styleId] = resolved;
        return resolved;
    }

    // Word writes its built-in styles' names in English ("heading 1", "toc 2") whatever the language; the ids are
    // translated ("berschrift1", "Titre1"), so the name decides, with the English ids as a fallback.
    private static (ParagraphKind Kind, int? Level)? KindFromName(string? name, string? id)
    {
        foreach (var candidate in new[] { name, id })
        {
            if (candidate is null)
            {
                continue;
            }

            var key = candidate.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
            if (Numbered().Match(key) is { Success: true } match)
            {
                var level = match.Groups[2].Value[0] - '0';
                return match.Groups[1].Value == "heading" ? (ParagraphKind.Heading, level) : (ParagraphKind.ContentsEntry, null);
            }

            switch (key)
            {
                case "title":
                    return (ParagraphKind.Title, null);
                case "subtitle":
                    return (ParagraphKind.Subtitle, null);
                case "tocheading":
                    return (ParagraphKind.ContentsEntry, null);
                default:
                    break;
            }
        }

        return null;
    }

    // Built-in names are lower case in styles.xml ("heading 1"); Word shows them capitalised.
    private static string DisplayName(string name) =>
        name.Length > 0 && char.IsLower(name[0]) ? char.ToUpperInvariant(name[0]) + name[1..] : name;

    [GeneratedRegex("^(heading|toc)([1-9])$")]
    private static partial Regex Numbered();
}
