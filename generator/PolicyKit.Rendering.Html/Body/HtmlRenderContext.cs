using PolicyKit.Model.Document;
using PolicyKit.Model.Numbering;
using PolicyKit.Rendering.Html.Inlines;
using PolicyKit.Rendering.Html.Writing;

namespace PolicyKit.Rendering.Html.Body;

/// <summary>State shared by the renderers while one policy's body is written.</summary>
internal sealed class HtmlRenderContext
{
    private readonly List<ContentsEntry> _contents = [];
    private int _tables;

    public HtmlRenderContext(PolicyDocument document, AnchorIds anchors)
    {
        Info = document.Info;
        Numbering = document.Numbering;
        Anchors = anchors;
    }

    public DocumentInfo Info { get; }

    public HtmlBuilder Html { get; } = new();

    /// <summary>The model's numbering, which the Word document shows too, so both outputs agree.</summary>
    public DocumentNumbering Numbering { get; }

    public AnchorIds Anchors { get; }

    public BlockRenderers Blocks { get; } = BlockRenderers.Instance;

    public InlineRenderers Inlines { get; } = InlineRenderers.Instance;

    public IReadOnlyList<ContentsEntry> Contents => _contents;

    /// <summary>How many links enclose the current inline: HTML does not allow a link inside a link.</summary>
    public int LinkDepth { get; set; }

    public void AddContentsEntry(ContentsEntry entry) => _contents.Add(entry);

    /// <summary>1 for the first body table, 2 for the next…, to name each table's scrolling region.</summary>
    public int NextTableNumber() => ++_tables;
}
