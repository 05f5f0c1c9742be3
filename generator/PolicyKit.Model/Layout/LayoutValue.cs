namespace PolicyKit.Model.Layout;

/// <summary>A printed value: its text, and the date behind it when it is one (for a web page's machine-readable date).</summary>
/// <param name="Text">The text as the layout prints it.</param>
/// <param name="Date">The date the text shows, or null.</param>
/// <param name="MonthOnly">True when the date is known only to the month ("June 2027").</param>
public sealed record LayoutValue(string Text, DateOnly? Date = null, bool MonthOnly = false)
{
    public static LayoutValue Empty { get; } = new(string.Empty);
}
