using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PolicyKit.Tests.Import.Support;

/// <summary>
/// The clause hierarchy of a Word document PolicyKit built: headings by their level, numbered and bulleted list
/// paragraphs by their list level, and paragraphs carrying a clause bookmark (unnumbered clauses), each named by its
/// first words. A node's parent is the nearest node before it that ranks above it: any heading above any list
/// paragraph, a lower heading level or list level above a higher one.
/// </summary>
internal sealed record ClauseTree(string Kind, int Level, string Id, string FirstWords, IReadOnlyList<ClauseTree> Children)
{
    private const int FirstWordCount = 6;

    public static ClauseTree FromDocx(string path)
    {
        using var document = WordprocessingDocument.Open(path, false);
        var main = document.MainDocumentPart!;
        var root = new Builder("document", 0, 0, string.Empty, string.Empty);
        var open = new Stack<Builder>();
        open.Push(root);

        // Top-level paragraphs only: the metadata, history and signature tables are not clauses.
        foreach (var paragraph in main.Document!.Body!.Elements<Paragraph>())
        {
            if (Node(main, paragraph) is not { } node)
            {
                continue;
            }

            while (open.Peek().Rank >= node.Rank)
            {
                open.Pop();
            }

            open.Peek().Children.Add(node);
            open.Push(node);
        }

        return root.Build();
    }

    /// <summary>
    /// The tree a PolicyKit document shows for what <paramref name="outline"/> records. Headings keep their level.
    /// With <paramref name="numbered"/> a clause is a numbered paragraph one list level below its section's heading
    /// (PolicyKit numbers sections at level 0), and bullets written after a clause are part of it, a list level
    /// deeper; without, a clause is a plain paragraph and bullets keep their own level.
    /// </summary>
    public static ClauseTree FromOutline(IEnumerable<OutlineEntry> outline, bool numbered)
    {
        var root = new Builder("document", 0, 0, string.Empty, string.Empty);
        var open = new Stack<Builder>();
        open.Push(root);
        int? clauseLevel = null;
        foreach (var entry in outline)
        {
            var text = FirstWordsOf(entry.Text);
            Builder node;
            switch (entry.Kind)
            {
                case OutlineKind.Heading:
                    clauseLevel = null;
                    node = new Builder("heading", entry.Level, entry.Level, string.Empty, text);
                    break;
                case OutlineKind.Clause when numbered:
                    clauseLevel = entry.Level + 1;
                    node = new Builder("numbered", entry.Level + 1, 101 + entry.Level, string.Empty, text);
                    break;
                case OutlineKind.Clause:
                    node = new Builder("paragraph", 0, 1000, string.Empty, text);
                    break;
                default:
                    var level = (clauseLevel + 1 ?? 0) + entry.Level;
                    node = new Builder("bullet", level, 100 + level, string.Empty, text);
                    break;
            }

            while (open.Peek().Rank >= node.Rank)
            {
                open.Pop();
            }

            open.Peek().Children.Add(node);
            open.Push(node);
        }

        return root.Build();
    }

    /// <summary>The same tree without clause ids, to compare with a document that never had them.</summary>
    public ClauseTree WithoutIds() => this with { Id = string.Empty, Children = Children.Select(c => c.WithoutIds()).ToList() };

    /// <summary>The same tree without the top-level headings whose first words are <paramref name="headings"/>.</summary>
    public ClauseTree WithoutHeadings(params string[] headings) =>
        this with { Children = Children.Where(c => !(c.Kind == "heading" && headings.Contains(c.FirstWords))).ToList() };

    /// <summary>The first place two trees differ, as a person would describe it, or null when they are the same.</summary>
    public static string? FirstDifference(ClauseTree expected, ClauseTree actual) => Compare(expected, actual, "the document");

    public override string ToString() => $"{Kind} {Level}{(Id.Length > 0 ? $" #{Id}" : string.Empty)} '{FirstWords}'";

    private static string? Compare(ClauseTree expected, ClauseTree actual, string where)
    {
        if (expected.Kind != actual.Kind || expected.Level != actual.Level || expected.Id != actual.Id || expected.FirstWords != actual.FirstWords)
        {
            return $"{where}: expected {expected}, found {actual}";
        }

        for (var i = 0; i < Math.Max(expected.Children.Count, actual.Children.Count); i++)
        {
            var place = $"child {i + 1} of {(expected.Kind == "document" ? "the document" : expected.ToString())}";
            if (i >= actual.Children.Count)
            {
                return $"{place}: expected {expected.Children[i]}, found nothing (the rebuilt document has {actual.Children.Count} children there, the original {expected.Children.Count})";
            }

            if (i >= expected.Children.Count)
            {
                return $"{place}: expected nothing more, found {actual.Children[i]}";
            }

            if (Compare(expected.Children[i], actual.Children[i], place) is { } difference)
            {
                return difference;
            }
        }

        return null;
    }

    private static Builder? Node(MainDocumentPart main, Paragraph paragraph)
    {
        var style = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? string.Empty;
        var text = FirstWordsOf(string.Concat(paragraph.Descendants<Text>().Select(t => t.Text)));
        var id = paragraph.Elements<BookmarkStart>().Select(b => b.Name?.Value ?? string.Empty).FirstOrDefault(n => n.StartsWith("c_", StringComparison.Ordinal)) ?? string.Empty;
        if (style.StartsWith("Heading", StringComparison.Ordinal) && int.TryParse(style.AsSpan("Heading".Length), out var headingLevel))
        {
            return new Builder("heading", headingLevel, headingLevel, id, text);
        }

        var numbering = paragraph.ParagraphProperties?.NumberingProperties;
        var numId = numbering?.NumberingId?.Val?.Value ?? 0;
        if (numId != 0)
        {
            var level = numbering!.NumberingLevelReference?.Val?.Value ?? 0;
            var kind = IsBullet(main, numId, level) ? "bullet" : "numbered";
            return new Builder(kind, level, 100 + level, id, text);
        }

        // An unnumbered clause keeps its bookmark; it ranks below every heading and list level, so it has no children.
        return id.Length > 0 ? new Builder("paragraph", 0, 1000, id, text) : null;
    }

    private static bool IsBullet(MainDocumentPart main, int numId, int level)
    {
        var numbering = main.NumberingDefinitionsPart?.Numbering;
        var abstractId = numbering?.Elements<NumberingInstance>().FirstOrDefault(n => n.NumberID?.Value == numId)?.AbstractNumId?.Val?.Value;
        var format = numbering?.Elements<AbstractNum>().FirstOrDefault(a => a.AbstractNumberId?.Value == abstractId)?
            .Elements<Level>().FirstOrDefault(l => l.LevelIndex?.Value == level)?.NumberingFormat?.Val?.Value;
        return format == NumberFormatValues.Bullet;
    }

    private static string FirstWordsOf(string text) => string.Join(' ', WordRecall.Words(text).Take(FirstWordCount));

    private sealed class Builder(string kind, int level, int rank, string id, string firstWords)
    {
        public int Rank { get; } = rank;

        public List<Builder> Children { get; } = [];

        public ClauseTree Build() => new(kind, level, id, firstWords, Children.Select(c => c.Build()).ToList());
    }

    /// <summary>The tree as an indented outline, for a failing test's message.</summary>
    public string Outline()
    {
        var text = new StringBuilder();
        Write(this, 0, text);
        return text.ToString();
    }

    private static void Write(ClauseTree node, int indent, StringBuilder text)
    {
        text.Append(' ', indent * 2).Append(node).Append('\n');
        foreach (var child in node.Children)
        {
            Write(child, indent + 1, text);
        }
    }
}
