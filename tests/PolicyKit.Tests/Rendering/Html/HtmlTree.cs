using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace PolicyKit.Tests.Rendering.Html;

/// <summary>
/// A strict little reader for the HTML the renderers write: every tag must close in order (void elements aside) and
/// no stray '&lt;' may appear, so reading a page is also a well-formedness check. Enough to query it in tests.
/// </summary>
internal sealed partial class HtmlTree
{
    private static readonly HashSet<string> VoidElements = new(StringComparer.Ordinal) { "meta", "br", "img", "hr", "input", "link" };

    private HtmlTree(string name, Dictionary<string, string> attributes, HtmlTree? parent)
    {
        Name = name;
        Attributes = attributes;
        Parent = parent;
    }

    public string Name { get; }

    public IReadOnlyDictionary<string, string> Attributes { get; }

    public HtmlTree? Parent { get; }

    public List<object> Children { get; } = [];

    public string? this[string attribute] => Attributes.GetValueOrDefault(attribute);

    public bool HasClass(string name) => (this["class"] ?? string.Empty).Split(' ').Contains(name);

    public string Text
    {
        get
        {
            var builder = new StringBuilder();
            foreach (var child in Children)
            {
                builder.Append(child is HtmlTree element ? element.Text : (string)child);
            }

            return builder.ToString();
        }
    }

    public IEnumerable<HtmlTree> Elements => Children.OfType<HtmlTree>();

    public IEnumerable<HtmlTree> Descendants(string? name = null) =>
        Elements.SelectMany(e => e.Descendants(name).Prepend(e)).Where(e => name is null || e.Name == name);

    public HtmlTree? ById(string id) => Descendants().SingleOrDefault(e => e["id"] == id);

    public static HtmlTree Parse(string html)
    {
        var root = new HtmlTree("#document", [], null);
        var current = root;
        var position = 0;
        foreach (Match token in Token().Matches(html))
        {
            Assert.True(token.Index == position, $"Unreadable HTML at {position}: {Excerpt(html, position)}");
            position = token.Index + token.Length;
            if (token.Groups["text"].Success)
            {
                current.Children.Add(WebUtility.HtmlDecode(token.Value));
            }
            else if (token.Groups["close"].Success)
            {
                var name = token.Groups["close"].Value;
                Assert.True(current.Name == name, $"</{name}> closes <{current.Name}> at {token.Index}: {Excerpt(html, token.Index)}");
                current = current.Parent!;
            }
            else if (token.Groups["open"].Success)
            {
                var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (Match attribute in Attribute().Matches(token.Groups["attributes"].Value))
                {
                    Assert.True(attributes.TryAdd(attribute.Groups[1].Value, WebUtility.HtmlDecode(attribute.Groups[2].Value)), $"Repeated attribute at {token.Index}");
                }

                var element = new HtmlTree(token.Groups["open"].Value, attributes, current);
                current.Children.Add(element);
                if (!VoidElements.Contains(element.Name))
                {
                    current = element;
                }
            }
        }

        Assert.True(position == html.Length, $"Unreadable HTML at {position}: {Excerpt(html, position)}");
        Assert.True(current == root, $"<{current.Name}> is never closed");
        return root;
    }

    private static string Excerpt(string html, int at) => html.Substring(at, Math.Min(80, html.Length - at));

    [GeneratedRegex("""<!doctype html>|<(?<open>[a-z][a-z0-9]*)(?<attributes>(?:\s+[a-z][a-z-]*="[^"<>]*")*)>|</(?<close>[a-z][a-z0-9]*)>|(?<text>[^<]+)""")]
    private static partial Regex Token();

    [GeneratedRegex("""([a-z][a-z-]*)="([^"]*)"(?:\s|$)""")]
    private static partial Regex Attribute();
}
