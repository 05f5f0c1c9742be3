using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using PolicyKit.Model.Revisions;
using PolicyKit.Rendering.Docx.Body;

namespace PolicyKit.Rendering.Docx.Revisions;

/// <summary>
/// Turns what a renderer wrote for a changed node or inline into Word's tracked changes (ECMA-376 17.13.5): each run
/// wrapped in w:ins, w:del, w:moveFrom or w:moveTo, and for a whole paragraph its mark too (w:pPr/w:rPr), so
/// accepting or rejecting removes the paragraph and not just its words. Author and date come from the mark.
/// </summary>
internal static class RevisionMarkup
{
    /// <summary>The elements appended to <paramref name="container"/> after <paramref name="before"/> (null: all of them).</summary>
    public static List<OpenXmlElement> WrittenAfter(OpenXmlElement container, OpenXmlElement? before)
    {
        var written = new List<OpenXmlElement>();
        for (var element = before is null ? container.FirstChild : before.NextSibling(); element is not null; element = element.NextSibling())
        {
            written.Add(element);
        }

        return written;
    }

    /// <summary>Marks whole paragraphs (and table rows) written for a node that was inserted, deleted or moved.</summary>
    public static void MarkBlocks(IReadOnlyList<OpenXmlElement> written, RevisionMark mark, RenderContext context)
    {
        var paragraphs = written.SelectMany(e => e is Paragraph p ? [p] : e.Descendants<Paragraph>()).ToList();
        if (paragraphs.Count == 0)
        {
            return;
        }

        foreach (var row in written.SelectMany(e => e is TableRow r ? [r] : e.Descendants<TableRow>()))
        {
            MarkRow(row, mark, context);
        }

        foreach (var paragraph in paragraphs)
        {
            WrapRuns(paragraph, mark, context);
            var properties = paragraph.ParagraphProperties ??= new ParagraphProperties();
            var markProperties = properties.ParagraphMarkRunProperties ??= new ParagraphMarkRunProperties();
            markProperties.PrependChild(ParagraphMark(mark, context));
        }

        if (mark.MoveName is { } name)
        {
            // The range names the move, so Word pairs the text moved away with the text moved here.
            var id = NextId(context);
            var (start, end) = mark.Kind == RevisionKind.MovedFrom
                ? (Stamp<OpenXmlElement>(new MoveFromRangeStart { Id = id, Name = name }, mark), new MoveFromRangeEnd { Id = id })
                : (Stamp<OpenXmlElement>(new MoveToRangeStart { Id = id, Name = name }, mark), (OpenXmlElement)new MoveToRangeEnd { Id = id });
            var first = paragraphs[0];
            if (first.ParagraphProperties is { } properties)
            {
                properties.InsertAfterSelf(start);
            }
            else
            {
                first.PrependChild(start);
            }

            paragraphs[^1].Append(end);
        }
    }

    /// <summary>Wraps every run inside <paramref name="element"/> that is not already a tracked change.</summary>
    public static void WrapRuns(OpenXmlElement element, RevisionMark mark, RenderContext context)
    {
        foreach (var run in element.Descendants<Run>().Where(r => r.Parent is not (InsertedRun or DeletedRun or MoveFromRun or MoveToRun)).ToList())
        {
            OpenXmlElement wrapper = mark.Kind switch
            {
                RevisionKind.Inserted => Stamp(new InsertedRun(), mark, context),
                RevisionKind.Deleted => Stamp(new DeletedRun(), mark, context),
                RevisionKind.MovedFrom => Stamp(new MoveFromRun(), mark, context),
                _ => Stamp(new MoveToRun(), mark, context),
            };
            if (mark.Kind == RevisionKind.Deleted)
            {
                ToDeletedText(run);
            }

            run.InsertBeforeSelf(wrapper);
            run.Remove();
            wrapper.Append(run);
        }
    }

    // Deleted text is w:delText, not w:t (17.3.3.7); text moved away stays w:t inside w:moveFrom.
    private static void ToDeletedText(Run run)
    {
        foreach (var text in run.Elements<Text>().ToList())
        {
            var deleted = new DeletedText(text.Text) { Space = text.Space };
            text.InsertBeforeSelf(deleted);
            text.Remove();
        }
    }

    private static void MarkRow(TableRow row, RevisionMark mark, RenderContext context)
    {
        var properties = row.TableRowProperties ??= new TableRowProperties();
        properties.Append(mark.IsOld ? Stamp(new Deleted(), mark, context) : Stamp(new Inserted(), mark, context));
    }

    private static OpenXmlElement ParagraphMark(RevisionMark mark, RenderContext context) => mark.Kind switch
    {
        RevisionKind.Inserted => Stamp(new Inserted(), mark, context),
        RevisionKind.Deleted => Stamp(new Deleted(), mark, context),
        RevisionKind.MovedFrom => Stamp(new MoveFrom(), mark, context),
        _ => Stamp(new MoveTo(), mark, context),
    };

    private static T Stamp<T>(T element, RevisionMark mark, RenderContext context)
        where T : OpenXmlElement
    {
        element.SetAttribute(new OpenXmlAttribute("w", "id", Namespace, NextId(context)));
        return Stamp(element, mark);
    }

    private static T Stamp<T>(T element, RevisionMark mark)
        where T : OpenXmlElement
    {
        element.SetAttribute(new OpenXmlAttribute("w", "author", Namespace, mark.Author));
        element.SetAttribute(new OpenXmlAttribute("w", "date", Namespace, RevisionDates.Format(mark.Date)));
        return element;
    }

    // Revision and bookmark ids share one counter: ECMA-376 asks annotation ids to be unique in the document.
    private static string NextId(RenderContext context) =>
        context.Bookmarks.NextId().ToString(System.Globalization.CultureInfo.InvariantCulture);

    private const string Namespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
}
