using System.Globalization;

namespace PolicyKit.Model.Presentation;

/// <summary>Dates as UK schools write them, the same in every output and on any machine's culture.</summary>
public static class BritishDates
{
    private static readonly string[] Months =
    [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ];

    /// <summary>"3 September 2025".</summary>
    public static string Long(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Day} {Months[date.Month - 1]} {date.Year}");

    /// <summary>"03/09/2025", or empty when there is no date.</summary>
    public static string Short(DateOnly? date) =>
        date?.ToString("dd'/'MM'/'yyyy", CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>"2025-09-03", for machines (HTML's datetime attribute, document properties).</summary>
    public static string Iso(DateOnly date) => date.ToString("yyyy'-'MM'-'dd", CultureInfo.InvariantCulture);
}
