using PolicyKit.Model.Document;

namespace PolicyKit.Rendering.Html;

/// <summary>The trust's index page (out/index.html): every school, linking to its policies, in the trust's colours when given.</summary>
public sealed record TrustIndexPage(string TrustName, ImageAsset? Logo, IReadOnlyList<TrustIndexEntry> Schools, Branding? Branding = null);
