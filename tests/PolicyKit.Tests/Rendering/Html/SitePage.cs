namespace PolicyKit.Tests.Rendering.Html;

/// <summary>A page of the example site as written to disk.</summary>
internal sealed record SitePage(string RelativePath, SitePageKind Kind, string FullPath, string Html)
{
    public string Url => new Uri(FullPath).AbsoluteUri;
}
