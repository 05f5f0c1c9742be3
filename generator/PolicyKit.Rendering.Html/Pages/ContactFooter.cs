using PolicyKit.Model.Document;
using PolicyKit.Rendering.Html.Writing;

namespace PolicyKit.Rendering.Html.Pages;

/// <summary>
/// The footer: every site's address and contacts (a federation has several), as the Word footer prints them,
/// with telephone, email and website as links a phone can act on.
/// </summary>
internal static class ContactFooter
{
    public static void Write(HtmlBuilder html, Organisation organisation, string? note = null)
    {
        html.Open("footer", ("class", "site-footer")).Open("div", ("class", "wrap")).Line();
        if (organisation.Sites.Count == 0)
        {
            html.Element("p", organisation.Name).Line();
        }

        foreach (var site in organisation.Sites)
        {
            WriteSite(html, site);
        }

        if (!string.IsNullOrWhiteSpace(note))
        {
            html.Element("p", note).Line();
        }

        html.Close("div").Close("footer").Line();
    }

    private static void WriteSite(HtmlBuilder html, ContactCard site)
    {
        var lines = site.AddressLines
            .Where(line => !string.IsNullOrWhiteSpace(line))
            .Select(line => (Action)(() => html.Text(line)))
            .Concat(Contact(html, "Telephone", site.Phone, SafeHref.Telephone))
            .Concat(Contact(html, "Email", site.Email, SafeHref.Email))
            .Concat(Contact(html, "Website", site.Website, SafeHref.Website))
            .ToList();

        html.Open("address").Element("span", site.Name, ("class", "site-name"));
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0)
            {
                html.Open("br");
            }

            lines[i]();
        }

        html.Close("address").Line();
    }

    // A contact line: the label, then the value as a link when it makes a valid one (else as text).
    private static IEnumerable<Action> Contact(HtmlBuilder html, string label, string? value, Func<string, string?> href)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            yield break;
        }

        yield return () =>
        {
            html.Text(label + ": ");
            if (href(value) is { } target)
            {
                html.Element("a", value, ("href", target));
            }
            else
            {
                html.Text(value);
            }
        };
    }
}
