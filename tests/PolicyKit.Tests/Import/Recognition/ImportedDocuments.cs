using PolicyKit.Import.Reading;

namespace PolicyKit.Tests.Import.Recognition;

/// <summary>Documents as the reader would give them, built in code: each helper adds the next paragraph or table.</summary>
internal sealed class ImportedDocuments
{
    private readonly List<ImportedBlock> _blocks = [];

    public static ImportedDocuments New() => new();

    public ImportedDocuments Title(string text) => Add(o => Paragraph(o, text, ParagraphKind.Title, null, null));

    public ImportedDocuments Text(string text, string? style = null, params string[] bookmarks) => Add(o => Paragraph(o, text, ParagraphKind.Body, null, null, style, bookmarks));

    public ImportedDocuments Runs(params ImportedRun[] runs) => Add(o => new ImportedParagraph(o, runs, ParagraphKind.Body, null, null, null, [], false));

    public ImportedDocuments Heading(int level, string text, ListMarker? marker = null) => Add(o => Paragraph(o, text, ParagraphKind.Heading, level, marker));

    public ImportedDocuments Contents(string text) => Add(o => Paragraph(o, text, ParagraphKind.ContentsEntry, null, null));

    /// <summary>A paragraph numbered by Word's list <paramref name="numId"/> at level <paramref name="ilvl"/>.</summary>
    public ImportedDocuments Word(int ilvl, string label, string text, string numId = "1", NumberStyle style = NumberStyle.Decimal, params string[] bookmarks) =>
        Add(o => Paragraph(o, text, ParagraphKind.Body, null, new ListMarker(ListOrigin.WordNumbering, ilvl, label, style, numId), null, bookmarks));

    /// <summary>A paragraph with a typed number: "7.6.1" has its level; "a." and "i." leave it to the context.</summary>
    public ImportedDocuments Typed(string label, string text, bool bold = false)
    {
        var core = label.Trim('(', ')', '.');
        var (style, level) = core.Contains('.', StringComparison.Ordinal) ? (NumberStyle.MultiLevelDecimal, core.Split('.').Length - 1)
            : char.IsDigit(core[0]) ? (NumberStyle.Decimal, 0)
            : core.All(c => "ivx".Contains(c, StringComparison.Ordinal)) ? (NumberStyle.LowerRoman, -1)
            : (NumberStyle.LowerLetter, -1);
        return Add(o => new ImportedParagraph(o, [new ImportedRun(text, bold ? RunStyle.Bold : RunStyle.None)], ParagraphKind.Body, null, null, new ListMarker(ListOrigin.TypedNumber, level, label, style, null), [], false));
    }

    public ImportedDocuments Bullet(string text, int level = 0) =>
        Add(o => Paragraph(o, text, ParagraphKind.Body, null, new ListMarker(ListOrigin.Bullet, level, "•", NumberStyle.Bullet, null)));

    public ImportedDocuments Table(params string[][] rows) =>
        Add(o => new ImportedTable(o, rows.Select(r => (IReadOnlyList<ImportedCell>)r.Select(c => new ImportedCell(c.Split('\n').Select((t, i) => Paragraph(o, t, ParagraphKind.Body, null, null)).ToList())).ToList()).ToList(), 0));

    public ImportedDocument Build(ReadConfidence confidence = ReadConfidence.Structured) => new("/schools/policy.docx", confidence, _blocks, []);

    private ImportedDocuments Add(Func<int, ImportedBlock> make)
    {
        _blocks.Add(make(_blocks.Count + 1));
        return this;
    }

    private static ImportedParagraph Paragraph(int ordinal, string text, ParagraphKind kind, int? level, ListMarker? marker, string? style = null, string[]? bookmarks = null) =>
        new(ordinal, [new ImportedRun(text, RunStyle.None)], kind, level, style, marker, bookmarks ?? [], false);
}
