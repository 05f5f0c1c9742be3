using System.Text;

namespace PolicyKit.Rendering.Html.Writing;

/// <summary>
/// Writes HTML text. Tag and attribute names are constants from this project; every text and attribute value is
/// encoded here, so callers cannot forget to.
/// </summary>
internal sealed class HtmlBuilder
{
    private readonly StringBuilder _html = new(16 * 1024);

    /// <summary>Opens an element. Attributes whose value is null are left out.</summary>
    public HtmlBuilder Open(string tag, params ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        _html.Append('<').Append(tag);
        foreach (var (name, value) in attributes)
        {
            if (value is null)
            {
                continue;
            }

            _html.Append(' ').Append(name).Append("=\"");
            HtmlText.Append(_html, value);
            _html.Append('"');
        }

        _html.Append('>');
        return this;
    }

    public HtmlBuilder Close(string tag)
    {
        _html.Append("</").Append(tag).Append('>');
        return this;
    }

    /// <summary>An element holding only text.</summary>
    public HtmlBuilder Element(string tag, string text, params ReadOnlySpan<(string Name, string? Value)> attributes) =>
        Open(tag, attributes).Text(text).Close(tag);

    public HtmlBuilder Text(string text)
    {
        HtmlText.Append(_html, text);
        return this;
    }

    /// <summary>Markup this project wrote itself (the doctype, the stylesheet, an already-rendered fragment); never source text.</summary>
    public HtmlBuilder Trusted(string html)
    {
        _html.Append(html);
        return this;
    }

    /// <summary>A line break in the HTML source, so the page's source is readable; it never changes the rendering.</summary>
    public HtmlBuilder Line()
    {
        _html.Append('\n');
        return this;
    }

    public override string ToString() => _html.ToString();
}
