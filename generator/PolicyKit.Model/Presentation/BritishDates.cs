using System.Globalization;
using PolicyKit.Model.Layout;

namespace PolicyKit.Model.Presentation;

/// <summary>Dates as UK schools write them, the same in every output and on any machine's culture.</summary>
public static class BritishDates
{
    /// <summary>"3 September 2025".</summary>
    public static string Long(DateOnly date) => DateFormat.Long.Format(date);

    /// <summary>"03/09/2025", or empty when there is no date.</summary>
    public static string Short(DateOnly? date) => date is { } value ? DateFormat.Short.Format(value) : string.Empty;

    /// <summary>"2025-09-03", for machines (HTML's datetime attribute, document properties).</summary>
    public static string Iso(DateOnly date) => date.ToString("yyyy'-'MM'-'dd", CultureInfo.InvariantCulture);
}
