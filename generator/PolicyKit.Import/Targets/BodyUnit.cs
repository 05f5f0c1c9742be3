using System.Text.RegularExpressions;
using PolicyKit.Import.Recognition;
using PolicyKit.Model.Blocks;
using PolicyKit.Model.Inlines;

namespace PolicyKit.Import.Targets;

internal enum UnitKind
{
    Heading,
    Clause,

    /// <summary>A paragraph, list of bullets or steps, table or quote: anything that is neither a heading nor a clause.</summary>
    Block,
}

/// <summary>
/// A heading, clause or other block of a policy body, with the parts nested in it, on either side of a comparison:
/// the trust's policy as built for the school, or the school's imported document. Its words are what is compared.
/// </summary>
/// <param name="Id">The clause id an override can name, or null for a block that has none.</param>
/// <param name="Words">The unit's own text (a clause's with its bullets and tables, without its sub-clauses) as lower-case words.</param>
/// <param name="Source">For an imported unit, the node to write; null on the trust's side.</param>
internal sealed record BodyUnit(UnitKind Kind, int Level, string? Id, IReadOnlyList<string> Words, IReadOnlyList<BodyUnit> Children, SourceNode? Source)
{
    public bool SameWords(BodyUnit other) => Words.SequenceEqual(other.Words, StringComparer.Ordinal);
}

/// <summary>Turns both sides into <see cref="BodyUnit"/> trees: sections hold what follows their heading, clauses their sub-clauses.</summary>
internal static partial class BodyUnits
{
    /// <summary>The trust policy's body, as the generator built it for the school (template fields filled in).</summary>
    public static IReadOnlyList<BodyUnit> OfModel(IReadOnlyList<Block> body)
    {
        var flat = new List<BodyUnit>();
        foreach (var block in body)
        {
            switch (block)
            {
                case Heading heading:
                    flat.Add(new BodyUnit(UnitKind.Heading, heading.Level, heading.Id, Words(heading), [], null));
                    break;
                case ListBlock { Kind: ListKind.Clauses } list:
                    flat.AddRange(list.Items.Select(Clause));
                    break;
                default:
                    flat.Add(new BodyUnit(UnitKind.Block, 0, block.Id, Words(block), [], null));
                    break;
            }
        }

        return Nest(flat);
    }

    /// <summary>The imported document's body, with its template fields written back as the names they stand for.</summary>
    public static IReadOnlyList<BodyUnit> OfImport(IReadOnlyList<SourceNode> body, IReadOnlyList<NameField> names)
    {
        var units = new List<BodyUnit>();
        foreach (var node in body)
        {
            switch (node)
            {
                case SectionNode section:
                    units.Add(new BodyUnit(UnitKind.Heading, section.Level, section.Id, MarkdownWords(section.Title, names), OfImport(section.Children, names), section));
                    break;
                case ClauseNode clause:
                    units.Add(ImportedClause(clause, names));
                    break;
                case ParagraphNode paragraph:
                    units.Add(new BodyUnit(UnitKind.Block, 0, paragraph.Id, MarkdownWords(paragraph.Markdown, names), [], paragraph));
                    break;
                default:
                    units.Add(new BodyUnit(UnitKind.Block, 0, null, MarkdownWords(MarkdownOf(node), names), [], node));
                    break;
            }
        }

        return units;
    }

    private static BodyUnit ImportedClause(ClauseNode clause, IReadOnlyList<NameField> names)
    {
        var own = string.Join(" ", clause.Children.Where(c => c is not ClauseNode).Select(MarkdownOf).Prepend(clause.Markdown));
        var subClauses = clause.Children.OfType<ClauseNode>().Select(c => ImportedClause(c, names)).ToList();
        return new BodyUnit(UnitKind.Clause, 0, clause.Id, MarkdownWords(own, names), subClauses, clause);
    }

    private static BodyUnit Clause(ListItem item)
    {
        var own = item.Blocks.Where(b => b is not ListBlock { Kind: ListKind.Clauses }).ToList();
        var subClauses = item.Blocks.OfType<ListBlock>().Where(l => l.Kind == ListKind.Clauses).SelectMany(l => l.Items).Select(Clause).ToList();
        return new BodyUnit(UnitKind.Clause, 0, item.Id, own.SelectMany(Words).ToList(), subClauses, null);
    }

    // Headings open sections that hold everything up to the next heading of their level or above.
    private static List<BodyUnit> Nest(List<BodyUnit> flat)
    {
        var root = new List<BodyUnit>();
        var open = new Stack<(BodyUnit Heading, List<BodyUnit> Children)>();
        foreach (var unit in flat)
        {
            if (unit.Kind == UnitKind.Heading)
            {
                while (open.Count > 0 && open.Peek().Heading.Level >= unit.Level)
                {
                    Close(open, root);
                }

                open.Push((unit, []));
            }
            else
            {
                (open.Count > 0 ? open.Peek().Children : root).Add(unit);
            }
        }

        while (open.Count > 0)
        {
            Close(open, root);
        }

        return root;
    }

    private static void Close(Stack<(BodyUnit Heading, List<BodyUnit> Children)> open, List<BodyUnit> root)
    {
        var (heading, children) = open.Pop();
        (open.Count > 0 ? open.Peek().Children : root).Add(heading with { Children = children });
    }

    private static List<string> Words(Node node) =>
        WordsOf(string.Join(" ", new[] { node }.Inlines().Select(i => i switch { TextRun t => t.Text, Code c => c.Text, _ => " " })));

    private static string MarkdownOf(SourceNode node) => node switch
    {
        ParagraphNode p => p.Markdown,
        ListNode list => string.Join(" ", list.Items.Select(i => string.Join(" ", i.Children.Select(MarkdownOf).Prepend(i.Markdown)))),
        TableNode table => string.Join(" ", table.Rows.SelectMany(r => r)),
        KeptNode kept => kept.Markdown,
        ClauseNode clause => string.Join(" ", clause.Children.Select(MarkdownOf).Prepend(clause.Markdown)),
        SectionNode section => string.Join(" ", section.Children.Select(MarkdownOf).Prepend(section.Title)),
        _ => string.Empty,
    };

    private static List<string> MarkdownWords(string markdown, IReadOnlyList<NameField> names)
    {
        var text = ClauseIdMark().Replace(markdown, " ");
        text = LinkMark().Replace(text, "$1");
        text = FieldMark().Replace(text, m => names.FirstOrDefault(n => n.Expression == m.Groups[1].Value)?.Text ?? m.Value);
        return WordsOf(text);
    }

    // Words alone: Markdown's marks, punctuation and spacing differ between the two sides without changing the text.
    private static List<string> WordsOf(string text) =>
        [.. WordPattern().Matches(text).Select(m => m.Value.ToLowerInvariant())];

    [GeneratedRegex(@"\{#[a-z0-9-]+\}")]
    private static partial Regex ClauseIdMark();

    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex LinkMark();

    [GeneratedRegex(@"\{\{\s*([a-z_.]+)\s*\}\}")]
    private static partial Regex FieldMark();

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’][\p{L}]+)?")]
    private static partial Regex WordPattern();
}
