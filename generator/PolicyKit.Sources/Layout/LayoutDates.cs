using PolicyKit.Model.Layout;

namespace PolicyKit.Sources.Layout;

/// <summary>The one place a layout turns a date into the text it prints, so every part of a document writes dates alike.</summary>
internal static class LayoutDates
{
    public static LayoutValue Value(DateOnly? date, DateFormat format) =>
        date is { } value ? new LayoutValue(format.Format(value), value) : LayoutValue.Empty;

    /// <summary>The date's text, or null when there is no date (a template then prints nothing, and a row with only it is left out).</summary>
    public static string? Text(DateOnly? date, DateFormat format) => date is null ? null : Value(date, format).Text;
}
