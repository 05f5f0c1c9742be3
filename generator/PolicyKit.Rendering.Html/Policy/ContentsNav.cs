using PolicyKit.Rendering.Html.Body;
using PolicyKit.Rendering.Html.Writing;

namespace PolicyKit.Rendering.Html.Policy;

/// <summary>"Contents": links to the headings down to the layout's depth, with their numbers, nested as the sections are.</summary>
internal static class ContentsNav
{
    public static void Write(HtmlBuilder html, IReadOnlyList<ContentsEntry> entries, int depth)
    {
        var listed = entries.Where(e => e.Level <= depth).ToList();
        if (listed.Count == 0)
        {
            return;
        }

        html.Open("nav", ("class", "contents"), ("aria-label", "Contents")).Line()
            .Element("h2", "Contents").Line();
        List(html, listed);
        html.Close("nav").Line();
    }

    private static void List(HtmlBuilder html, List<ContentsEntry> entries)
    {
        html.Open("ol").Line();
        for (var i = 0; i < entries.Count;)
        {
            var entry = entries[i++];
            html.Open("li");
            Link(html, entry);

            // The deeper entries after an entry nest in its item; any deeper than the first entry stay on top.
            var children = entries.Skip(i).TakeWhile(e => e.Level > entry.Level).ToList();
            if (children.Count > 0)
            {
                html.Line();
                List(html, children);
                i += children.Count;
            }

            html.Close("li").Line();
        }

        html.Close("ol").Line();
    }

    private static void Link(HtmlBuilder html, ContentsEntry entry) =>
        html.Element("a", entry.Number is null ? entry.Text : entry.Number + " " + entry.Text, ("href", "#" + entry.Id));
}
