using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PolicyKit.Model.Diagnostics;
using PolicyKit.Model.Inlines;
using PolicyKit.Sources.Templating;
using Inline = PolicyKit.Model.Inlines.Inline;
using MdTableCell = Markdig.Extensions.Tables.TableCell;
using SourceSpan = PolicyKit.Model.Diagnostics.SourceSpan;

namespace PolicyKit.Sources.Markdown;

/// <summary>Converts Markdig inlines to model inlines, merging adjacent text and trimming the space left before "{#id}".</summary>
internal sealed class InlineReader(ExpandedText source, DiagnosticBag diagnostics)
{
    public IReadOnlyList<Inline> Read(ContainerInline? container)
    {
        var result = new List<Inline>();
        if (container is not null)
        {
            Append(result, container);
        }

        TrimEnd(result);
        return result;
    }

    public IReadOnlyList<Inline> ReadCell(MdTableCell cell)
    {
        var result = new List<Inline>();
        foreach (var paragraph in cell.OfType<LeafBlock>())
        {
            if (result.Count > 0)
            {
                // Paragraphs in one cell are joined by a break; it stands where the next paragraph starts.
                result.Add(new LineBreak { Span = SpanOf(paragraph) });
            }

            result.AddRange(Read(paragraph.Inline));
        }

        return result;
    }

    private void Append(List<Inline> result, ContainerInline container)
    {
        foreach (var inline in container)
        {
            var span = SpanOf(inline);
            switch (inline)
            {
                case LiteralInline literal: AddText(result, literal.Content.ToString(), span); break;
                case HtmlEntityInline entity: AddText(result, entity.Transcoded.ToString(), span); break;
                case CodeInline code: result.Add(new Code(code.Content) { Span = span }); break;
                case LineBreakInline { IsHard: true }: result.Add(new LineBreak { Span = span }); break;
                case LineBreakInline: AddText(result, " ", span); break;
                case EmphasisInline emphasis: result.Add(EmphasisOf(emphasis, span)); break;
                case AutolinkInline auto: result.Add(Autolink(auto, span)); break;
                case LinkInline { IsImage: true } image: Image(result, image, span); break;
                case LinkInline link: result.Add(new Link(link.Url ?? string.Empty, Read(link)) { Span = span }); break;
                case HtmlInline html: Unsupported(result, span, html.Tag, "raw HTML; write it in Markdown"); break;
                case ContainerInline nested: Append(result, nested); break;
                default: Unsupported(result, span, inline.ToString() ?? string.Empty, $"a {inline.GetType().Name}"); break;
            }
        }
    }

    private static Link Autolink(AutolinkInline auto, SourceSpan span)
    {
        // The address shown starts after the '<' that opens "<https://…>".
        var text = new TextRun(auto.Url) { Span = span with { Column = span.Column + 1 } };
        return new Link(auto.IsEmail ? "mailto:" + auto.Url : auto.Url, [text]) { Span = span };
    }

    private Inline EmphasisOf(EmphasisInline emphasis, SourceSpan span)
    {
        var content = Read(emphasis);
        return emphasis.DelimiterChar is '~' or '=' || emphasis.DelimiterCount < 2
            ? new Emphasis(content) { Span = span }
            : emphasis.DelimiterCount >= 3 ? new Strong([new Emphasis(content) { Span = span }]) { Span = span } : new Strong(content) { Span = span };
    }

    private void Image(List<Inline> result, LinkInline image, SourceSpan span)
    {
        var alt = Model.Inlines.InlineText.Flatten(Read(image));
        Unsupported(result, span, alt, "an image inside a policy's text (only the school logo is shown); its description is kept as text");
    }

    private void Unsupported(List<Inline> result, SourceSpan span, string text, string what)
    {
        diagnostics.Warning(DiagnosticCodes.UnsupportedMarkdown, span, $"{what}.");
        AddText(result, text, span);
    }

    // Adjacent text becomes one run, which keeps the position of its first piece.
    private static void AddText(List<Inline> result, string text, SourceSpan span)
    {
        if (result.Count > 0 && result[^1] is TextRun previous)
        {
            result[^1] = previous with { Text = previous.Text + text };
        }
        else if (text.Length > 0)
        {
            result.Add(new TextRun(text) { Span = span });
        }
    }

    private SourceSpan SpanOf(MarkdownObject node) => source.SpanAt(node.Line, node.Column);

    private static void TrimEnd(List<Inline> result)
    {
        if (result.Count > 0 && result[^1] is TextRun last)
        {
            var trimmed = last.Text.TrimEnd();
            if (trimmed.Length == 0)
            {
                result.RemoveAt(result.Count - 1);
            }
            else
            {
                result[^1] = last with { Text = trimmed };
            }
        }
    }
}
