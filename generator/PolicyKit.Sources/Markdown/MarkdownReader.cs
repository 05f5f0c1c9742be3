using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using PolicyKit.Model.Blocks;
using PolicyKit.Model.Diagnostics;
using PolicyKit.Sources.Templating;
using MdBlock = Markdig.Syntax.Block;
using MdTable = Markdig.Extensions.Tables.Table;
using ModelBlock = PolicyKit.Model.Blocks.Block;
using ModelTable = PolicyKit.Model.Blocks.Table;
using SourceSpan = PolicyKit.Model.Diagnostics.SourceSpan;

namespace PolicyKit.Sources.Markdown;

/// <summary>Reads expanded Markdown into model blocks. Lists written "1." are clauses, "1)" plain numbered lists; <c>{#id}</c> gives a clause its id.</summary>
internal sealed class MarkdownReader
{
    // GenericAttributes must come last: it claims the trailing "{…}" that other extensions would otherwise read.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseAutoLinks()
        .DisableHtml()
        .UseGenericAttributes()
        .Build();

    private readonly ExpandedText _source;
    private readonly InlineReader _inlines;
    private readonly DiagnosticBag _diagnostics;

    private MarkdownReader(ExpandedText source, DiagnosticBag diagnostics)
    {
        _source = source;
        _diagnostics = diagnostics;
        _inlines = new InlineReader(source, diagnostics);
    }

    public static IReadOnlyList<ModelBlock> Read(ExpandedText source, DiagnosticBag diagnostics)
    {
        var document = Markdig.Markdown.Parse(source.Text, Pipeline);
        return new MarkdownReader(source, diagnostics).Blocks(document);
    }

    private List<ModelBlock> Blocks(ContainerBlock container)
    {
        var blocks = new List<ModelBlock>();
        foreach (var block in container)
        {
            if (Convert(block) is { } converted)
            {
                blocks.Add(converted);
            }
        }

        return blocks;
    }

    private ModelBlock? Convert(MdBlock block) => block switch
    {
        HeadingBlock heading => new Heading
        {
            Level = Math.Min(heading.Level, 3),
            Content = _inlines.Read(heading.Inline),
            Span = SpanOf(heading),
            Attributes = AttributesOf(heading),
        },
        ParagraphBlock paragraph => new Paragraph
        {
            Content = _inlines.Read(paragraph.Inline),
            Span = SpanOf(paragraph),
            Attributes = AttributesOf(paragraph),
        },
        Markdig.Syntax.ListBlock list => new Model.Blocks.ListBlock
        {
            Kind = KindOf(list),
            Items = list.OfType<ListItemBlock>().Select(Item).ToList(),
            Span = SpanOf(list),
        },
        MdTable table => TableOf(table),
        QuoteBlock quote => new Quote { Blocks = Blocks(quote), Span = SpanOf(quote) },
        LinkReferenceDefinitionGroup or BlankLineBlock => null,
        _ => Unsupported(block),
    };

    // "1." makes clauses, numbered by the scheme; "1)" a plain numbered list that counts on its own.
    private static ListKind KindOf(Markdig.Syntax.ListBlock list) => list switch
    {
        { IsOrdered: false } => ListKind.Bullets,
        { OrderedDelimiter: ')' } => ListKind.Numbered,
        _ => ListKind.Clauses,
    };

    // A clause's id is written at the end of its first paragraph; it belongs to the clause (list item) as a whole.
    private ListItem Item(ListItemBlock item)
    {
        var blocks = Blocks(item);
        var attributes = NodeAttributes.Empty;
        if (blocks.Count > 0 && blocks[0] is Paragraph { Id: not null } first)
        {
            attributes = first.Attributes;
            blocks[0] = new Paragraph { Content = first.Content, Span = first.Span };
        }

        return new ListItem { Blocks = blocks, Span = SpanOf(item), Attributes = attributes };
    }

    private ModelTable TableOf(MdTable table)
    {
        var rows = table.OfType<Markdig.Extensions.Tables.TableRow>().ToList();
        Model.Blocks.TableRow Row(Markdig.Extensions.Tables.TableRow row) =>
            new(row.OfType<Markdig.Extensions.Tables.TableCell>().Select(c => new Model.Blocks.TableCell(_inlines.ReadCell(c))).ToList());

        return new ModelTable
        {
            HeaderRows = rows.Where(r => r.IsHeader).Select(Row).ToList(),
            BodyRows = rows.Where(r => !r.IsHeader).Select(Row).ToList(),
            ColumnAlignments = table.ColumnDefinitions.Select(d => d.Alignment switch
            {
                TableColumnAlign.Left => CellAlignment.Left,
                TableColumnAlign.Center => CellAlignment.Center,
                TableColumnAlign.Right => CellAlignment.Right,
                _ => CellAlignment.Default,
            }).ToList(),
            Span = SpanOf(table),
        };
    }

    private Paragraph? Unsupported(MdBlock block)
    {
        var what = block switch
        {
            FencedCodeBlock or CodeBlock => "a code block (indented by four spaces or fenced with ```); indent clauses by three spaces, or remove the indentation",
            ThematicBreakBlock => "a horizontal rule ('---' or '***'); use a heading to start a new section",
            HtmlBlock => "raw HTML; write it in Markdown",
            _ => $"a {block.GetType().Name}",
        };
        var keep = block is LeafBlock { Lines.Count: > 0 } and not ThematicBreakBlock;
        _diagnostics.Warning(DiagnosticCodes.UnsupportedMarkdown, SpanOf(block), keep ? $"{what}. It is shown as plain text." : $"{what}. It is left out.");
        if (keep && block is LeafBlock leaf)
        {
            return new Paragraph { Content = [new Model.Inlines.TextRun(leaf.Lines.ToString().Trim())], Span = SpanOf(block) };
        }

        return null;
    }

    private SourceSpan SpanOf(MdBlock block) => _source.SpanAt(block.Line, block.Column);

    private static NodeAttributes AttributesOf(MdBlock block) =>
        block.TryGetAttributes() is { } attributes
            ? new NodeAttributes(attributes.Id, attributes.Classes?.ToList() ?? [])
            : NodeAttributes.Empty;
}
