namespace PolicyKit.Rendering.Html;

/// <summary>A school on the trust's index page; Href is relative to that page.</summary>
public sealed record TrustIndexEntry(string Name, string Href, int PolicyCount);
