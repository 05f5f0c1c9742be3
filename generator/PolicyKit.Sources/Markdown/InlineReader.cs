using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PolicyKit.Model.Diagnostics;
using PolicyKit.Model.Inlines;
using PolicyKit.Sources.Templating;
using Inline = PolicyKit.Model.Inlines.Inline;
using MdTableCell = Markdig.Extensions.Tables.TableCell;

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
                result.Add(LineBreak.Instance);
            }

            result.AddRange(Read(paragraph.Inline));
        }

        return result;
    }

    private void Append(List<Inline> result, ContainerInline container)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal: AddText(result, literal.Content.ToString()); break;
                case HtmlEntityInline entity: AddText(result, entity.Transcoded.ToString()); break;
                case CodeInline code: result.Add(new Code(code.Content)); break;
                case LineBreakInline { IsHard: true }: result.Add(LineBreak.Instance); break;
                case LineBreakInline: AddText(result, " "); break;
                case EmphasisInline emphasis: result.Add(EmphasisOf(emphasis)); break;
                case AutolinkInline auto: result.Add(new Link(auto.IsEmail ? "mailto:" + auto.Url : auto.Url, [new TextRun(auto.Url)])); break;
                case LinkInline { IsImage: true } image: Image(result, image); break;
                case LinkInline link: result.Add(new Link(link.Url ?? string.Empty, Read(link))); break;
                case HtmlInline html: Unsupported(result, html, html.Tag, "raw HTML; write it in Markdown"); break;
                case ContainerInline nested: Append(result, nested); break;
                default: Unsupported(result, inline, inline.ToString() ?? string.Empty, $"a {inline.GetType().Name}"); break;
            }
        }
    }

    private Inline EmphasisOf(EmphasisInline emphasis)
    {
        var content = Read(emphasis);
        return emphasis.DelimiterChar is '~' or '=' || emphasis.DelimiterCount < 2
            ? new Emphasis(content)
            : emphasis.DelimiterCount >= 3 ? new Strong([new Emphasis(content)]) : new Strong(content);
    }

    private void Image(List<Inline> result, LinkInline image)
    {
        var alt = Model.Inlines.InlineText.Flatten(Read(image));
        Unsupported(result, image, alt, "an image inside a policy's text (only the school logo is shown); its description is kept as text");
    }

    private void Unsupported(List<Inline> result, Markdig.Syntax.Inlines.Inline inline, string text, string what)
    {
        diagnostics.Warning(DiagnosticCodes.UnsupportedMarkdown, source.SpanAt(inline.Line, inline.Column), $"{what}.");
        AddText(result, text);
    }

    private static void AddText(List<Inline> result, string text)
    {
        if (result.Count > 0 && result[^1] is TextRun previous)
        {
            result[^1] = new TextRun(previous.Text + text);
        }
        else if (text.Length > 0)
        {
            result.Add(new TextRun(text));
        }
    }

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
                result[^1] = new TextRun(trimmed);
            }
        }
    }
}
