using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using PolicyKit.Rendering.Docx.Body;
using PolicyKit.Rendering.Docx.Inlines;
using PolicyKit.Rendering.Docx.Reference;

namespace PolicyKit.Rendering.Docx.Sections;

/// <summary>
/// "Contents" and a real TOC field. Its cached result lists the headings without page numbers; Word refreshes it
/// on open (w:updateFields) and a later stage updates it through LibreOffice.
/// </summary>
internal static class TableOfContentsWriter
{
    /// <summary>"Contents" and the field listing headings to <paramref name="depth"/> levels; nothing at depth 0.</summary>
    public static IEnumerable<OpenXmlElement> Write(IReadOnlyList<TocEntry> entries, int depth)
    {
        if (depth <= 0)
        {
            yield break;
        }

        // \o "1-N": heading levels 1 to N; \h: entries are hyperlinks; \z: no page numbers in web view; \u: use outline levels.
        var instruction = $" TOC \\o \"1-{Math.Min(depth, 3)}\" \\h \\z \\u ";
        var heading = Paragraphs.Text(StyleIds.TocHeading, "Contents");
        heading.ParagraphProperties!.NumberingProperties = Paragraphs.Unnumbered();
        yield return heading;

        if (entries.Count == 0)
        {
            yield return new Paragraph(Paragraphs.Properties(StyleIds.Toc1), FieldStart(instruction), Field(FieldCharValues.Separate), Field(FieldCharValues.End));
            yield break;
        }

        // A complex field may span paragraphs: begin/instruction/separate in the first entry, end in the last.
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var paragraph = new Paragraph(Paragraphs.Properties(StyleIds.Toc(entry.Level)));
            if (i == 0)
            {
                paragraph.Append(FieldStart(instruction), Field(FieldCharValues.Separate));
            }

            paragraph.Append(new Hyperlink(RunText.Create(entry.Text)) { Anchor = entry.Bookmark, History = true });
            if (i == entries.Count - 1)
            {
                paragraph.Append(Field(FieldCharValues.End));
            }

            yield return paragraph;
        }
    }

    private static Run FieldStart(string instruction) => new(
        new FieldChar { FieldCharType = FieldCharValues.Begin },
        new FieldCode(instruction) { Space = SpaceProcessingModeValues.Preserve });

    private static Run Field(FieldCharValues type) => new(new FieldChar { FieldCharType = type });
}
