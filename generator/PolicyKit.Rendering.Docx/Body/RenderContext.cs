using DocumentFormat.OpenXml.Wordprocessing;
using PolicyKit.Model.Blocks;
using PolicyKit.Model.Document;
using PolicyKit.Model.Layout;
using PolicyKit.Rendering.Docx.Inlines;
using PolicyKit.Rendering.Docx.Lists;
using PolicyKit.Rendering.Docx.Widths;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;

namespace PolicyKit.Rendering.Docx.Body;

/// <summary>The state of one render: numbering, bookmarks, link relationships and the headings seen so far.</summary>
internal sealed class RenderContext
{
    private readonly List<string> _pendingBookmarks = [];
    private readonly List<TocEntry> _tocEntries = [];

    public RenderContext(PolicyDocument document, int textWidthTwips, TextMetrics metrics)
    {
        Info = document.Info;
        Layout = document.Info.EffectiveLayout();
        TextWidthTwips = textWidthTwips;
        Measurer = new TextMeasurer(metrics.WithFont(document.Info.Branding.BodyFont));
        Numbering = new WordNumbering(document.Numbering);
        Bookmarks = new BookmarkTable(document.Body);
    }

    public DocumentInfo Info { get; }

    /// <summary>The parts around the body, resolved once for the whole render.</summary>
    public DocumentLayout Layout { get; }

    public int TextWidthTwips { get; }

    public TextMeasurer Measurer { get; }

    /// <summary>The model's numbering, drawn with Word's list numbering.</summary>
    public WordNumbering Numbering { get; }

    public BookmarkTable Bookmarks { get; }

    public HyperlinkTargets Hyperlinks { get; } = new();

    public IReadOnlyList<TocEntry> TocEntries => _tocEntries;

    public BlockRenderers Blocks { get; } = BlockRenderers.Instance;

    public InlineRenderers Inlines { get; } = InlineRenderers.Instance;

    public void AddTocEntry(TocEntry entry) => _tocEntries.Add(entry);

    /// <summary>An entry for a heading written after the body but placed before it (a change log at the start).</summary>
    public void AddTocEntryFirst(TocEntry entry) => _tocEntries.Insert(0, entry);

    /// <summary>
    /// A table's column widths: <paramref name="fixedWidths"/> under <see cref="TableWidths.Fixed"/>, otherwise
    /// from the content <paramref name="addContent"/> measures, filling the text width.
    /// </summary>
    public int[] ColumnWidths(int[] fixedWidths, Action<ColumnWidths> addContent)
    {
        if (Layout.TableWidths == TableWidths.Fixed)
        {
            return fixedWidths;
        }

        var widths = new ColumnWidths(Measurer, fixedWidths.Length);
        addContent(widths);
        return widths.Compute(TextWidthTwips);
    }

    /// <summary>Marks the node's position: its bookmark goes into the next paragraph written.</summary>
    public void QueueBookmark(Node node)
    {
        if (node.Id is { } id && Bookmarks.ForId(id) is { } name && !_pendingBookmarks.Contains(name))
        {
            _pendingBookmarks.Add(name);
        }
    }

    public void QueueBookmark(string name) => _pendingBookmarks.Add(name);

    /// <summary>A paragraph carrying any queued bookmarks, so links and the table of contents can jump to it.</summary>
    public Paragraph NewParagraph(ParagraphProperties properties)
    {
        var paragraph = new Paragraph(properties);
        foreach (var name in _pendingBookmarks)
        {
            var id = Bookmarks.NextId().ToString(System.Globalization.CultureInfo.InvariantCulture);
            paragraph.Append(new BookmarkStart { Id = id, Name = name }, new BookmarkEnd { Id = id });
        }

        _pendingBookmarks.Clear();
        return paragraph;
    }
}
