using PolicyKit.Model.Layout;
using PolicyKit.Rendering.Html.Writing;

namespace PolicyKit.Rendering.Html.Policy;

/// <summary>
/// The layout's signature block ("Signed"): who signed the policy off (role, name when the role has a named holder,
/// date). Unlike the printed page there are no lines to sign on.
/// </summary>
internal static class SignatureSection
{
    public static void Write(HtmlBuilder html, DocumentLayout layout, SignatureBlock block, string id)
    {
        html.Open("section", ("aria-labelledby", id)).Line()
            .Element("h2", block.Heading, ("id", id)).Line();
        if (block.Sentence is { } sentence)
        {
            html.Element("p", sentence).Line();
        }

        html.Open("ul", ("class", "signatories")).Line();
        foreach (var entry in block.Entries)
        {
            html.Open("li").Element("span", entry.Label, ("class", "role"));
            if (entry.Name is { } name)
            {
                html.Element("span", name, ("class", "name"));
            }

            if (entry.Date is { } date && (date.Date is not null || date.Text.Length > 0))
            {
                html.Open("span", ("class", "date")).Text("Signed on ").Value(layout, date).Close("span");
            }

            html.Close("li").Line();
        }

        html.Close("ul").Line().Close("section").Line();
    }
}
