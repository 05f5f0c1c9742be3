namespace PolicyKit.Rendering.Html;

/// <summary>A row of a school's policy index; hrefs are relative to the index page, PdfHref and DocxHref null when that format was not made.</summary>
public sealed record SchoolIndexEntry(
    string Title,
    string Status,
    string Version,
    DateOnly? DateRatified,
    DateOnly NextReview,
    string HtmlHref,
    string? PdfHref,
    string? DocxHref)
{
    /// <summary>True when the review is due by the end of a month written without a day ("June 2027").</summary>
    public bool NextReviewMonthOnly { get; init; }
}
