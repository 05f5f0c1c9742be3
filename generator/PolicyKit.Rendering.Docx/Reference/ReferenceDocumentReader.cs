using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PolicyKit.Rendering.Docx.Packaging;
using PolicyKit.Rendering.Docx.Widths;

namespace PolicyKit.Rendering.Docx.Reference;

/// <summary>
/// Takes styles, theme, fonts, settings and page setup from a reference .docx, like pandoc's --reference-doc.
/// Its body, numbering, headers, footers and comments are left behind: the renderer writes its own.
/// </summary>
internal static class ReferenceDocumentReader
{
    private const int DefaultTextWidth = 9638;

    public static ReferenceParts Read(byte[] docx)
    {
        using var stream = new MemoryStream(docx, writable: false);
        using var document = WordprocessingDocument.Open(stream, isEditable: false);
        var main = document.MainDocumentPart ?? throw new DocxReferenceDocumentException("The reference document has no main document part.");
        var copier = new ReferencePartCopier();

        // Styles: the reference document's, plus built-in definitions of any style the renderer needs.
        var styles = (Styles?)main.StyleDefinitionsPart?.Styles?.CloneNode(true) ?? new Styles();
        StyleMerger.AddMissing(styles);
        var stylesBytes = PartXml.ToBytes(styles);
        var stylesPart = main.StyleDefinitionsPart is { } sp
            ? copier.Copy(sp, "word/styles.xml", stylesBytes)
            : new ReferencePart("word/styles.xml", ContentTypes.Styles, ContentTypes.StylesRelationship, stylesBytes, [], []);

        // Settings: the reference document's, told to refresh fields (the table of contents) on open.
        var settingsBytes = PartXml.ToBytes(PrepareSettings(main.DocumentSettingsPart?.Settings));
        var settingsPart = main.DocumentSettingsPart is { } setp
            ? copier.Copy(setp, "word/settings.xml", settingsBytes)
            : new ReferencePart("word/settings.xml", ContentTypes.Settings, ContentTypes.SettingsRelationship, settingsBytes, [], []);

        // Theme, fonts and web settings travel unchanged.
        var theme = main.ThemePart is { } tp ? copier.Copy(tp, "word/theme/theme1.xml") : null;
        var fonts = main.FontTablePart is { } fp ? copier.Copy(fp, "word/fontTable.xml") : null;
        var web = main.WebSettingsPart is { } wp ? copier.Copy(wp, "word/webSettings.xml") : null;

        // Page setup: the body's final section properties.
        var section = PrepareSection(main.Document?.Body?.Elements<SectionProperties>().LastOrDefault());
        return new ReferenceParts(styles.OuterXml, stylesPart, settingsPart, theme, fonts, web, section.OuterXml, TextWidth(section), TextMetrics.From(styles));
    }

    private static Settings PrepareSettings(Settings? original)
    {
        var settings = (Settings?)original?.CloneNode(true) ?? new Settings(DefaultReferenceResources.RootXml("settings.xml"));

        // Footnote and endnote separators point into a notes part the renderer never writes.
        settings.RemoveAllChildren<FootnoteDocumentWideProperties>();
        settings.RemoveAllChildren<EndnoteDocumentWideProperties>();
        settings.RemoveAllChildren<UpdateFieldsOnOpen>();
        settings.AddChild(new UpdateFieldsOnOpen { Val = true });
        return settings;
    }

    private static SectionProperties PrepareSection(SectionProperties? original)
    {
        var section = (SectionProperties?)original?.CloneNode(true) ?? DefaultSection.Create();

        // The renderer writes one default header and footer; a title page would show neither on page 1.
        section.RemoveAllChildren<HeaderReference>();
        section.RemoveAllChildren<FooterReference>();
        section.RemoveAllChildren<TitlePage>();
        section.RemoveAllChildren<PrinterSettingsReference>();
        return section;
    }

    private static int TextWidth(SectionProperties section)
    {
        var size = section.GetFirstChild<PageSize>();
        var margin = section.GetFirstChild<PageMargin>();
        if (size?.Width is null || margin is null)
        {
            return DefaultTextWidth;
        }

        var width = (int)size.Width.Value - (int)(margin.Left?.Value ?? 0) - (int)(margin.Right?.Value ?? 0);
        return width > 1000 ? width : DefaultTextWidth;
    }
}
