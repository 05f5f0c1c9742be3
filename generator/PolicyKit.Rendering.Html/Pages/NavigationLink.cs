namespace PolicyKit.Rendering.Html.Pages;

/// <summary>A link in the page header to another page of the site (a relative address from the build).</summary>
internal sealed record NavigationLink(string Text, string Href);
