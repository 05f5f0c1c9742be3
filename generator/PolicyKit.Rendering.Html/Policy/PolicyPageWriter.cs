using PolicyKit.Model.Document;
using PolicyKit.Rendering.Html.Body;
using PolicyKit.Rendering.Html.Pages;
using PolicyKit.Rendering.Html.Styling;
using PolicyKit.Rendering.Html.Writing;

namespace PolicyKit.Rendering.Html.Policy;

/// <summary>
/// One policy as a web page, in the Word document's order: title block, metadata, contents, body, review history,
/// signatures, then every site's address.
/// </summary>
internal static class PolicyPageWriter
{
    public static string Write(PolicyDocument document, HtmlPageLinks links)
    {
        var info = document.Info;

        // Ids first: source ids keep their value, the page's own sections take what is left.
        var anchors = AnchorIds.For(document);
        var mainId = anchors.Allocate("main");
        var historyId = anchors.Allocate("review-history");
        var signedId = anchors.Allocate("signed");
        var changesId = anchors.Allocate("changes");

        // Body next: it numbers the headings the contents list.
        var context = new HtmlRenderContext(document, anchors);
        context.Blocks.RenderAll(document.Body, context);
        var contents = info.History.Count > 0
            ? context.Contents.Append(new ContentsEntry(1, null, ReviewHistorySection.Title, historyId)).ToList()
            : context.Contents;

        var html = new HtmlBuilder();
        var title = info.Comparison is { } comparison ? $"{info.Title}: {comparison.Heading}" : info.Title;
        PageShell.Begin(html, info.Language, title + PageShell.TitleSeparator + info.Organisation.Name, Palette.For(info.Branding), mainId);
        var navigation = links.IndexHref is { } index ? [new NavigationLink("All policies", index)] : Array.Empty<NavigationLink>();
        SiteHeader.Write(html, info.Organisation.Name, info.Organisation.Motto, info.Organisation.Logo, navigation);

        html.Open("main", ("id", mainId), ("class", "wrap")).Line()
            .Element("h1", info.Title).Line();
        if (info.Comparison is { } compared)
        {
            html.Element("p", compared.Heading, ("class", "redline-subtitle")).Line();
        }

        if (info.ProposedNotice is { } notice)
        {
            html.Open("p", ("class", "proposed-notice"), ("role", "note")).Element("strong", notice).Close("p").Line();
        }

        MetadataTable.Write(html, info);
        if (context.Redline is { } redline)
        {
            Redline.RedlineIntro.Write(html, redline, changesId);
        }

        DownloadLinks.Write(html, links);
        ContentsNav.Write(html, contents);
        html.Trusted(context.Html.ToString());
        ReviewHistorySection.Write(html, info, historyId);
        SignatureSection.Write(html, info, signedId);
        html.Close("main").Line();

        ContactFooter.Write(html, info.Organisation);
        PageShell.End(html);
        return html.ToString();
    }
}
