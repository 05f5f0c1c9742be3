using PolicyKit.Sources.Templating;

namespace PolicyKit.Sources.Layout;

/// <summary>One entry of <c>title-page:</c>: a part of the cover, with its template for a subtitle or a line of text.</summary>
internal sealed record TitlePageItem(TitlePagePart Part, PolicyTemplate? Text = null);

/// <summary>What a <c>title-page:</c> entry names.</summary>
internal enum TitlePagePart
{
    Logo,
    Name,
    TrustName,
    Motto,
    Title,
    Version,
    Subtitle,
    Text,
}
