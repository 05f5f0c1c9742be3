using PolicyKit.Rendering.Html.Writing;

namespace PolicyKit.Rendering.Html.Redline;

/// <summary>
/// The top of a redline page: how the changes are shown (in words, not colour alone), then every change, each
/// linking to where it is in the text.
/// </summary>
internal static class RedlineIntro
{
    public static void Write(HtmlBuilder html, RedlineView redline, string listId)
    {
        html.Open("section", ("class", "redline-legend"), ("aria-labelledby", listId + "-legend")).Line()
            .Element("h2", "How to read this page", ("id", listId + "-legend")).Line()
            .Open("ul").Line()
            .Open("li").Text("Added words are ").Element("span", "underlined", ("class", "legend-inserted")).Text(", and a screen reader says \u201cinserted\u201d before them.").Close("li").Line()
            .Open("li").Text("Removed words are ").Element("span", "struck through", ("class", "legend-deleted")).Text(", and a screen reader says \u201cdeleted\u201d before them.").Close("li").Line()
            .Open("li").Text("A clause that moved is shown at both places, marked \u201cMoved to\u201d and \u201cMoved here from\u201d with its number.").Close("li").Line()
            .Close("ul").Line()
            .Close("section").Line();

        html.Open("nav", ("aria-labelledby", listId)).Line()
            .Element("h2", "Changes", ("id", listId)).Line();
        if (redline.Changes.Count == 0)
        {
            html.Element("p", "The text of the policy did not change.").Line();
        }
        else
        {
            html.Open("ol", ("class", "redline-changes")).Line();
            foreach (var change in redline.Changes)
            {
                html.Open("li").Element("a", change.Text, ("href", "#" + change.Id)).Close("li").Line();
            }

            html.Close("ol").Line();
        }

        html.Close("nav").Line();
    }
}
