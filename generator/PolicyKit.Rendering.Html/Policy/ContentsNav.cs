using PolicyKit.Rendering.Html.Body;
using PolicyKit.Rendering.Html.Writing;

namespace PolicyKit.Rendering.Html.Policy;

/// <summary>"Contents": links to the level-1 and level-2 headings with their numbers, nested as the sections are.</summary>
internal static class ContentsNav
{
    public static void Write(HtmlBuilder html, IReadOnlyList<ContentsEntry> entries)
    {
        if (entries.Count == 0)
        {
            return;
        }

        html.Open("nav", ("class", "contents"), ("aria-label", "Contents")).Line()
            .Element("h2", "Contents").Line()
            .Open("ol").Line();
        for (var i = 0; i < entries.Count;)
        {
            var entry = entries[i++];
            html.Open("li");
            Link(html, entry);

            // The level-2 entries after a level-1 entry nest in its item; any before the first level-1 entry stay on top.
            var children = entry.Level == 1 ? entries.Skip(i).TakeWhile(e => e.Level == 2).ToList() : [];
            if (children.Count > 0)
            {
                html.Line().Open("ol").Line();
                foreach (var child in children)
                {
                    html.Open("li");
                    Link(html, child);
                    html.Close("li").Line();
                }

                html.Close("ol").Line();
                i += children.Count;
            }

            html.Close("li").Line();
        }

        html.Close("ol").Line().Close("nav").Line();
    }

    private static void Link(HtmlBuilder html, ContentsEntry entry) =>
        html.Element("a", entry.Number is null ? entry.Text : entry.Number + " " + entry.Text, ("href", "#" + entry.Id));
}
