using PolicyKit.Model.Layout;

namespace PolicyKit.Sources.Layout;

/// <summary>The one place a layout turns a date into the text it prints, so every part of a document writes dates alike.</summary>
internal static class LayoutDates
{
    public static LayoutValue Value(LayoutDate? date, DateFormat format) =>
        date is { } value ? new LayoutValue(format.Format(value.Date, value.MonthOnly), value.Date, value.MonthOnly) : LayoutValue.Empty;

    public static LayoutValue Value(DateOnly? date, DateFormat format) => Value(LayoutDate.Of(date), format);

    /// <summary>The date's text, or null when there is no date (a template then prints nothing, and a row with only it is left out).</summary>
    public static string? Text(LayoutDate? date, DateFormat format) => date is null ? null : Value(date, format).Text;
}

/// <summary>A date a layout prints, and whether the sources know it only to the month ("June 2027").</summary>
internal readonly record struct LayoutDate(DateOnly Date, bool MonthOnly)
{
    public static LayoutDate? Of(DateOnly? date, bool monthOnly = false) => date is { } value ? new LayoutDate(value, monthOnly) : null;
}
