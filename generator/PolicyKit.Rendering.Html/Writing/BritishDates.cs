using System.Globalization;

namespace PolicyKit.Rendering.Html.Writing;

/// <summary>Dates as UK schools write them ("3 September 2025"), independent of the machine's culture.</summary>
internal static class BritishDates
{
    private static readonly string[] Months =
    [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ];

    public static string Long(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Day} {Months[date.Month - 1]} {date.Year}");

    /// <summary>The machine-readable form for a <c>&lt;time datetime&gt;</c> attribute.</summary>
    public static string Iso(DateOnly date) => date.ToString("yyyy'-'MM'-'dd", CultureInfo.InvariantCulture);
}
