using PolicyKit.Model.Document;

namespace PolicyKit.Rendering.Docx.Properties;

/// <summary>The created/modified date recorded in a document: from the policy, never the clock, so output is reproducible.</summary>
internal static class DocumentDates
{
    private static readonly DateOnly Fallback = new(2000, 1, 1);

    public static string W3c(DocumentInfo info)
    {
        var date = info.DateRatified ?? (info.History.Count > 0 ? info.History[^1].ReviewDate : Fallback);
        return date.ToString("yyyy'-'MM'-'dd'T00:00:00Z'", System.Globalization.CultureInfo.InvariantCulture);
    }
}
