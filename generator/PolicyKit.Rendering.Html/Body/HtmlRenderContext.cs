using PolicyKit.Model.Blocks;
using PolicyKit.Model.Document;
using PolicyKit.Model.Numbering;
using PolicyKit.Rendering.Html.Inlines;
using PolicyKit.Rendering.Html.Redline;
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
        Redline = RedlineView.For(document);
    }

    /// <summary>For a redline: each version's numbers, its moves and its list of changes; null for any other page.</summary>
    public RedlineView? Redline { get; }

    public DocumentInfo Info { get; }

    /// <summary>Where the renderers write: the body, or the blocks being written apart from it.</summary>
    public HtmlBuilder Html { get; private set; } = new();

    /// <summary>The model's numbering, which the Word document shows too, so both outputs agree.</summary>
    public DocumentNumbering Numbering { get; }

    public AnchorIds Anchors { get; }

    public BlockRenderers Blocks { get; } = BlockRenderers.Instance;

    public InlineRenderers Inlines { get; } = InlineRenderers.Instance;

    public IReadOnlyList<ContentsEntry> Contents => _contents;

    /// <summary>How many links enclose the current inline: HTML does not allow a link inside a link.</summary>
    public int LinkDepth { get; set; }

    /// <summary>
    /// The number shown before a heading or clause, or null. In a redline it is the number of the version the node is
    /// in, and a number that changed shows both, the old one deleted and the new one inserted.
    /// </summary>
    public string? WriteNumber(Node node, string cssClass)
    {
        if (Redline is not { } redline)
        {
            return Numbering.Label(node) is { } label ? Write(label) : null;
        }

        var (old, @new) = (redline.Old.Label(node), redline.New.Label(node));
        if (old == @new || old is null || @new is null)
        {
            return (@new ?? old) is { } label ? Write(label) : null;
        }

        Html.Open("span", ("class", cssClass)).Open("del").Element("span", "old number: ", ("class", RevisionTags.LabelClass + " visually-hidden")).Text(old).Close("del")
            .Open("ins").Element("span", "new number: ", ("class", RevisionTags.LabelClass + " visually-hidden")).Text(@new).Close("ins").Close("span").Text(" ");
        return @new;

        string Write(string label)
        {
            Html.Element("span", label, ("class", cssClass)).Text(" ");
            return label;
        }
    }

    public void AddContentsEntry(ContentsEntry entry) => _contents.Add(entry);

    /// <summary>Blocks from outside the body (the layout's text before the contents), written apart from it.</summary>
    public string RenderApart(IEnumerable<Block> blocks)
    {
        var body = Html;
        Html = new HtmlBuilder();
        try
        {
            Blocks.RenderAll(blocks, this);
            return Html.ToString();
        }
        finally
        {
            Html = body;
        }
    }

    /// <summary>1 for the first body table, 2 for the next…, to name each table's scrolling region.</summary>
    public int NextTableNumber() => ++_tables;
}
