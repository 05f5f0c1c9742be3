using PolicyKit.Model.Presentation;
using PolicyKit.Model.Revisions;
using PolicyKit.Rendering.Html.Writing;

namespace PolicyKit.Rendering.Html.Redline;

/// <summary>
/// A tracked change as HTML's own ins and del, dated (datetime) and credited (title, data-author). Each starts with a
/// label screen readers announce ("inserted:", "deleted:"), hidden on screen where underline and strike-through
/// already say it, and shown for a move ("Moved here from 2.4:"), which no text style shows.
/// </summary>
internal static class RevisionTags
{
    /// <summary>Every label has this class, so a reader of the page's text can leave them out.</summary>
    public const string LabelClass = "change-label";

    public static string TagOf(RevisionMark mark) => mark.IsOld ? "del" : "ins";

    public static void Open(HtmlBuilder html, RevisionMark mark, string? cssClass, string? id, string label, bool visibleLabel)
    {
        var verb = mark.Kind switch
        {
            RevisionKind.Inserted => "Inserted",
            RevisionKind.Deleted => "Deleted",
            RevisionKind.MovedFrom => "Moved away",
            _ => "Moved here",
        };
        var moveClass = mark.MoveName is null ? null : "change-moved";
        html.Open(
            TagOf(mark),
            ("id", id),
            ("class", string.Join(' ', new[] { cssClass, moveClass }.OfType<string>()) is { Length: > 0 } classes ? classes : null),
            ("datetime", BritishDates.Iso(mark.Date)),
            ("title", $"{verb} by {mark.Author} on {BritishDates.Long(mark.Date)}"),
            ("data-author", mark.Author));
        html.Element("span", label + " ", ("class", visibleLabel ? LabelClass : LabelClass + " visually-hidden"));
    }

    public static void Close(HtmlBuilder html, RevisionMark mark) => html.Close(TagOf(mark));
}
