namespace PolicyKit.Tests.Rendering.Html;

internal enum SitePageKind
{
    Policy,
    SchoolIndex,
    TrustIndex,
}
