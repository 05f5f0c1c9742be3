using System.Text.RegularExpressions;
using PolicyKit.Import.Reading;
using PolicyKit.Model.Diagnostics;

namespace PolicyKit.Import.Recognition;

/// <summary>The policy's text: headings to sections, numbered paragraphs to clauses, bullets, steps, paragraphs and tables.</summary>
internal static partial class BodyRecognizer
{
    public static void Read(DocumentReading reading, int start)
    {
        var blocks = reading.Document.Blocks;
        var headingBase = blocks.Skip(start).OfType<ImportedParagraph>().Where(p => p.Kind == ParagraphKind.Heading && !Special(p)).Select(p => p.HeadingLevel ?? 1).DefaultIfEmpty(1).Min();
        var typedHeadings = TypedHeadings(blocks, start);
        var typedBase = typedHeadings.Count == 0 ? 1 : typedHeadings.Values.Min();
        // Numbered headings mean a numbered scheme, where a bookmarked plain paragraph is a paragraph with an id, not a clause.
        var headingsUnnumbered = !blocks.OfType<ImportedParagraph>().Any(p => p.Kind == ParagraphKind.Heading && p.List is { Origin: not ListOrigin.Bullet });
        for (var i = start; i < blocks.Count; i++)
        {
            switch (blocks[i])
            {
                case ImportedTable table when reading.TryDetailsTable(table):
                    break;
                case ImportedTable table:
                    Table(reading, table);
                    break;
                case ImportedParagraph p when p.Kind == ParagraphKind.ContentsEntry || FrontParts.IsContentsHeading(p):
                    break;
                case ImportedParagraph p when HeadingLike(p) && SignatureBlock.IsHeading(p):
                    i = SignatureBlock.Read(reading, i);
                    break;
                case ImportedParagraph p when HeadingLike(p) && HistoryHeading(p) && i + 1 < blocks.Count && blocks[i + 1] is ImportedTable next && ReviewHistoryTable.Matches(next):
                    break;
                case ImportedParagraph p when p.Text.Trim().Length == 0:
                    break;
                case ImportedParagraph p when p.Kind == ParagraphKind.Heading:
                    Heading(reading, p, (p.HeadingLevel ?? 1) - headingBase + 1);
                    break;
                case ImportedParagraph p when typedHeadings.TryGetValue(i, out var parts):
                    Heading(reading, p, parts - typedBase + 1);
                    break;
                case ImportedParagraph { List: { Origin: ListOrigin.Bullet } bullet } p when reading.Body.InUnnumberedClause && HasClauseBookmark(p):
                    reading.Body.UnnumberedClause(bullet.Level + 1, reading.Inline.Write(p.Runs), reading.Ids.For(p.Bookmarks, reading.Inline.WithoutNames(p.Text)));
                    break;
                case ImportedParagraph { List: { Origin: ListOrigin.Bullet } bullet } p:
                    reading.Body.Bullet(bullet.Level, reading.Inline.Write(p.Runs));
                    break;
                case ImportedParagraph { List: { } marker } p when reading.Body.IsStep(marker):
                    reading.Body.Step(marker, reading.Inline.Write(p.Runs));
                    break;
                case ImportedParagraph { List: { } marker } p:
                    reading.Body.Clause(marker, reading.Inline.Write(p.Runs), reading.Ids.For(p.Bookmarks, reading.Inline.WithoutNames(p.Text)));
                    break;
                case ImportedParagraph p when SignatureBlock.IsSignatureLine(p.Text):
                    reading.Keep(reading.Inline.Write(p.Runs), SignatureBlock.Kept(p.Ordinal));
                    break;
                case ImportedParagraph p when headingsUnnumbered && HasClauseBookmark(p) && !ContinuesList(p):
                    reading.Body.UnnumberedClause(0, reading.Inline.Write(p.Runs), reading.Ids.For(p.Bookmarks, reading.Inline.WithoutNames(p.Text)));
                    break;
                case ImportedParagraph p:
                    var id = p.Bookmarks.Select(ClauseIds.FromBookmark).Any(b => b is not null) ? reading.Ids.For(p.Bookmarks, reading.Inline.WithoutNames(p.Text)) : null;
                    reading.Body.Paragraph(reading.Inline.Write(p.Runs), id, continuesList: ContinuesList(p));
                    break;
            }
        }
    }

    private static void Heading(DocumentReading reading, ImportedParagraph p, int level)
    {
        ImportWarning? warning = null;
        if (level > 2)
        {
            warning = new ImportWarning(DiagnosticCodes.ImportHeadingTooDeep, $"the heading '{p.Text.Trim()}' is at level {level}, but a policy's source has two levels of heading (# and ##); it is written as a level 2 heading. Make it a clause or a bold paragraph if it is not a subsection.", p.Ordinal);
            reading.Warnings.Add(warning);
        }

        if (level <= 1)
        {
            reading.SectionCount++;
            if (p.List is { } marker)
            {
                reading.SectionLabels.Add(marker.Label);
            }
        }

        reading.AnyHeadingNumbered |= p.List is { Origin: not ListOrigin.Bullet };
        // A heading is bold by its style already; its runs' bold is not kept.
        var runs = p.Runs.Select(r => r with { Style = r.Style & ~RunStyle.Bold }).ToList();
        reading.Body.Heading(Math.Max(1, level), reading.Inline.Write(runs), reading.Ids.For(p.Bookmarks, reading.Inline.WithoutNames(p.Text)), warning);
    }

    private static void Table(DocumentReading reading, ImportedTable table)
    {
        var (node, _, flattened) = TableText.Flatten(table, reading.Inline);
        if (flattened)
        {
            var warning = new ImportWarning(DiagnosticCodes.ImportTableCellFlattened, "a cell of this table had several paragraphs; a source table's cells are one line, so they are joined with '; '. Check the table reads as it should.", table.Ordinal);
            reading.Warnings.Add(warning);
            node = node with { Warning = warning };
        }

        reading.Body.Block(node);
    }

    private static bool ContinuesList(ImportedParagraph p) => p.StyleName is { } style && style.Contains("List", StringComparison.OrdinalIgnoreCase);

    // A PolicyKit document marks each clause with a "c_" bookmark; printed without a number, it is still a clause.
    private static bool HasClauseBookmark(ImportedParagraph p) => p.Bookmarks.Any(b => ClauseIds.FromBookmark(b) is not null);

    // PolicyKit prints "Signed" and the history's title in a heading style kept out of the contents (outline level
    // "body text"), so the reader sees them as body paragraphs; their style still says what they are.
    private static bool HeadingLike(ImportedParagraph p) =>
        p.Kind == ParagraphKind.Heading || p.StyleName?.StartsWith("heading", StringComparison.OrdinalIgnoreCase) == true;

    private static bool Special(ImportedParagraph p) => FrontParts.IsContentsHeading(p) || SignatureBlock.IsHeading(p) || HistoryHeading(p);

    /// <summary>"Policy review dates and changes" (PolicyKit's own), "Version history", "Change log", "Document control".</summary>
    private static bool HistoryHeading(ImportedParagraph p) => HistoryTitle().IsMatch(LooseLabel.Of(p.Text));

    /// <summary>
    /// Typed decimal numbers on short lines with no full stop ("1 Introduction", "7.6 Transport") are headings when
    /// bold or followed by a number with more parts; the value is the number of parts, so "7.6" under "7" is a subsection.
    /// </summary>
    private static Dictionary<int, int> TypedHeadings(IReadOnlyList<ImportedBlock> blocks, int start)
    {
        var result = new Dictionary<int, int>();
        for (var i = start; i < blocks.Count; i++)
        {
            if (blocks[i] is not ImportedParagraph { Kind: ParagraphKind.Body, List: { Origin: ListOrigin.TypedNumber, Style: NumberStyle.Decimal or NumberStyle.MultiLevelDecimal } marker } p
                || !FrontParts.HeadingLike(p.Text))
            {
                continue;
            }

            var parts = Parts(marker.Label);
            var bold = p.Runs.Where(r => r.Text.Trim().Length > 0).All(r => r.Style.HasFlag(RunStyle.Bold));
            var next = blocks.Skip(i + 1).OfType<ImportedParagraph>().FirstOrDefault(n => n.List is { Origin: ListOrigin.TypedNumber } && n.Text.Trim().Length > 0);
            var deeperNext = next?.List is { Style: NumberStyle.Decimal or NumberStyle.MultiLevelDecimal } nextMarker && Parts(nextMarker.Label) > parts
                || next?.List is { Style: NumberStyle.LowerLetter or NumberStyle.UpperLetter };
            if (bold || deeperNext)
            {
                result[i] = parts;
            }
        }

        return result;
    }

    internal static int Parts(string label) => Digits().Count(label);

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"^(policy )?(review dates and changes|version history|version control|change log|document history|revision history|document control|review history|policy history|amendments?)$")]
    private static partial Regex HistoryTitle();
}
