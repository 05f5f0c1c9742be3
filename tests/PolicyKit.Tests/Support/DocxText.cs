using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PolicyKit.Model.Blocks;
using PolicyKit.Model.Inlines;
using ListItem = PolicyKit.Model.Blocks.ListItem;
using ModelParagraph = PolicyKit.Model.Blocks.Paragraph;
using ModelTable = PolicyKit.Model.Blocks.Table;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;

namespace PolicyKit.Tests.Support;

internal static class DocxText
{
    /// <summary>The text of each paragraph of the main document part, in order.</summary>
    public static List<string> Paragraphs(string path)
    {
        using var document = WordprocessingDocument.Open(path, false);
        return document.MainDocumentPart!.Document!.Body!
            .Descendants<Paragraph>()
            .Select(p => string.Concat(p.Descendants<Text>().Select(t => t.Text)))
            .ToList();
    }

    /// <summary>The text a reader must find, block by block, in document order: headings, clauses, paragraphs, table cells.</summary>
    public static List<string> Expected(IEnumerable<Node> nodes)
    {
        var result = new List<string>();
        Collect(nodes, result);
        return result.Where(t => t.Length > 0).ToList();
    }

    private static void Collect(IEnumerable<Node> nodes, List<string> result)
    {
        foreach (var node in nodes)
        {
            switch (node)
            {
                case Heading h: result.Add(InlineText.Flatten(h.Content)); break;
                case ModelParagraph p: result.Add(InlineText.Flatten(p.Content)); break;
                case ListBlock l: Collect(l.Items, result); break;
                case ListItem i: Collect(i.Blocks, result); break;
                case Quote q: Collect(q.Blocks, result); break;
                case ModelTable t:
                    result.AddRange(t.HeaderRows.Concat(t.BodyRows).SelectMany(r => r.Cells).Select(c => InlineText.Flatten(c.Content)));
                    break;
            }
        }
    }
}
