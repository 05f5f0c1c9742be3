using PolicyKit.Model.Presentation;

namespace PolicyKit.Rendering.Html.Writing;

/// <summary>Dates as <c>&lt;time&gt;</c> elements: British words for people, ISO for machines.</summary>
internal static class HtmlDates
{
    public static HtmlBuilder Date(this HtmlBuilder html, DateOnly date) =>
        html.Element("time", BritishDates.Long(date), ("datetime", BritishDates.Iso(date)));

    public static HtmlBuilder Date(this HtmlBuilder html, DateOnly? date, string missing) =>
        date is { } value ? html.Date(value) : html.Text(missing);
}
