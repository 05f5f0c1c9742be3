namespace PolicyKit.Rendering.Html;

/// <summary>Relative links from a policy page to the same policy in other formats and to its school's index; null = not offered.</summary>
public sealed record HtmlPageLinks(string? PdfHref, string? DocxHref, string? IndexHref);
