namespace PolicyKit.Rendering.Docx.Revisions;

/// <summary>w:date of a tracked change: an xsd:dateTime; the version's date at midnight UTC, so output never depends on the clock.</summary>
internal static class RevisionDates
{
    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + "T00:00:00Z";
}
