using PolicyKit.Model.Document;
using PolicyKit.Model.Layout;
using PolicyKit.Rendering.Html.Writing;

namespace PolicyKit.Rendering.Html.Policy;

/// <summary>
/// The layout's cover on a web page. The site header always shows the organisation's name (every page repeats it) with
/// the logo and motto when the cover has them; the title is the page's h1, and the cover's other lines are paragraphs
/// above or below it in the cover's order.
/// </summary>
internal sealed class CoverElements
{
    private readonly IReadOnlyList<TitleElement> _elements;
    private readonly int _title;

    public CoverElements(DocumentLayout layout)
    {
        _elements = layout.TitlePage;
        _title = _elements.ToList().FindIndex(e => e.Kind == TitleElementKind.Title);
    }

    /// <summary>The motto the header shows: the cover's, or none when the cover leaves it out.</summary>
    public string? Motto => _elements.FirstOrDefault(e => e.Kind == TitleElementKind.Motto)?.Text;

    /// <summary>The organisation's logo when the cover shows it.</summary>
    public ImageAsset? Logo(Organisation organisation) =>
        _elements.Any(e => e.Kind == TitleElementKind.Logo) ? organisation.Logo : null;

    /// <summary>The page's h1: the cover's title, or the policy's when the cover has none.</summary>
    public string Title(string policyTitle) => _title >= 0 ? _elements[_title].Text : policyTitle;

    /// <summary>The lines above the title.</summary>
    public void WriteAbove(HtmlBuilder html) => Write(html, _title >= 0 ? _elements.Take(_title) : []);

    /// <summary>The lines below the title (all of them when the cover has no title).</summary>
    public void WriteBelow(HtmlBuilder html) => Write(html, _elements.Skip(_title + 1));

    private static void Write(HtmlBuilder html, IEnumerable<TitleElement> elements)
    {
        foreach (var element in elements)
        {
            // A subtitle takes the lead style, as the motto style sets it apart on the printed cover.
            switch (element.Kind)
            {
                case TitleElementKind.Subtitle:
                    html.Element("p", element.Text, ("class", "lead")).Line();
                    break;
                case TitleElementKind.Text:
                    html.Element("p", element.Text).Line();
                    break;
            }
        }
    }
}
