using PolicyKit.Model.Document;
using PolicyKit.Model.Layout;
using PolicyKit.Rendering.Html.Body;
using PolicyKit.Rendering.Html.Pages;
using PolicyKit.Rendering.Html.Styling;
using PolicyKit.Rendering.Html.Writing;

namespace PolicyKit.Rendering.Html.Policy;

/// <summary>
/// One policy as a web page, in the Word document's order and under its layout: title block, metadata, a change log
/// that goes at the start, text before the contents, contents, body, a change log that goes at the end, signatures,
/// then every site's address.
/// </summary>
internal static class PolicyPageWriter
{
    public static string Write(PolicyDocument document, HtmlPageLinks links)
    {
        var info = document.Info;
        var layout = info.EffectiveLayout();
        var cover = new CoverElements(layout);

        // Ids first: source ids keep their value, the page's own sections take what is left.
        var anchors = AnchorIds.For(document);
        var mainId = anchors.Allocate("main");
        var historyId = anchors.Allocate("review-history");
        var signedId = anchors.Allocate("signed");
        var changesId = anchors.Allocate("changes");

        // Body next: it numbers the headings the contents list.
        var context = new HtmlRenderContext(document, anchors);
        context.Blocks.RenderAll(document.Body, context);
        var beforeContents = context.RenderApart(layout.BeforeContents);
        var contents = Contents(context.Contents, layout.ChangeLog, historyId);

        var html = new HtmlBuilder();
        var title = info.Comparison is { } comparison ? $"{info.Title}: {comparison.Heading}" : info.Title;
        PageShell.Begin(html, info.Language, title + PageShell.TitleSeparator + info.Organisation.Name, Palette.For(info.Branding), mainId,
            info.Layout is null ? string.Empty : Stylesheet.LayoutRules);
        var navigation = links.IndexHref is { } index ? [new NavigationLink("All policies", index)] : Array.Empty<NavigationLink>();
        SiteHeader.Write(html, info.Organisation.Name, cover.Motto, cover.Logo(info.Organisation), navigation);

        html.Open("main", ("id", mainId), ("class", "wrap")).Line();
        cover.WriteAbove(html);
        html.Element("h1", cover.Title(info.Title)).Line();
        cover.WriteBelow(html);
        if (info.Comparison is { } compared)
        {
            html.Element("p", compared.Heading, ("class", "redline-subtitle")).Line();
        }

        if (info.ProposedNotice is { } notice)
        {
            html.Open("p", ("class", "proposed-notice"), ("role", "note")).Element("strong", notice).Close("p").Line();
        }

        MetadataTable.Write(html, info, layout);
        if (layout.ChangeLog is { Placement: ChangeLogPlacement.Start } startLog)
        {
            ChangeLogSection.Write(html, layout, startLog, historyId);
        }

        html.Trusted(beforeContents);
        if (context.Redline is { } redline)
        {
            Redline.RedlineIntro.Write(html, redline, changesId);
        }

        DownloadLinks.Write(html, links);
        ContentsNav.Write(html, contents, layout.ContentsDepth);
        html.Trusted(context.Html.ToString());
        if (layout.ChangeLog is { Placement: ChangeLogPlacement.End } endLog)
        {
            ChangeLogSection.Write(html, layout, endLog, historyId);
        }

        if (layout.Signatures is { } signatures)
        {
            SignatureSection.Write(html, layout, signatures, signedId);
        }

        html.Close("main").Line();

        ContactFooter.Write(html, info.Organisation);
        PageShell.End(html);
        return html.ToString();
    }

    /// <summary>The body's headings, with the change log where it sits on the page.</summary>
    private static IReadOnlyList<ContentsEntry> Contents(IReadOnlyList<ContentsEntry> body, ChangeLog? changeLog, string id)
    {
        if (changeLog is null)
        {
            return body;
        }

        var entry = new ContentsEntry(1, null, changeLog.Title, id);
        return changeLog.Placement == ChangeLogPlacement.Start ? [entry, .. body] : [.. body, entry];
    }
}
