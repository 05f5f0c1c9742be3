using System.Globalization;
using PolicyKit.Model.Layout;
using PolicyKit.Model.Presentation;

namespace PolicyKit.Rendering.Html.Writing;

/// <summary>Dates as <c>&lt;time&gt;</c> elements: British words for people, ISO for machines.</summary>
internal static class HtmlDates
{
    public static HtmlBuilder Date(this HtmlBuilder html, DateOnly date) =>
        html.Element("time", BritishDates.Long(date), ("datetime", BritishDates.Iso(date)));

    public static HtmlBuilder Date(this HtmlBuilder html, DateOnly? date, string missing) =>
        date is { } value ? html.Date(value) : html.Text(missing);

    /// <summary>
    /// Text the layout has already worded, in a <c>&lt;time&gt;</c> for the date behind it; a date known only to the
    /// month is a valid month string ("2025-09"), since HTML has no way to say "some day in September".
    /// </summary>
    public static HtmlBuilder Date(this HtmlBuilder html, string text, DateOnly date, bool monthOnly) =>
        html.Element("time", text, ("datetime", monthOnly ? date.ToString("yyyy'-'MM", CultureInfo.InvariantCulture) : BritishDates.Iso(date)));

    /// <summary>
    /// A layout's value: its text, in a <c>&lt;time&gt;</c> when it is a date. Under the built-in mix of formats a
    /// date is the page's long date ("3 September 2025", or "September 2025" when only the month is known).
    /// </summary>
    public static HtmlBuilder Value(this HtmlBuilder html, DocumentLayout layout, LayoutValue value)
    {
        if (value.Date is not { } date)
        {
            return html.Text(value.Text);
        }

        var text = layout.Print(value, DateFormat.Long);
        return html.Date(text, date, value.MonthOnly);
    }
}
