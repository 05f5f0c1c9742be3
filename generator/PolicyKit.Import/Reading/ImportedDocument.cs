namespace PolicyKit.Import.Reading;

/// <summary>How far a read document's structure can be trusted.</summary>
internal enum ReadConfidence
{
    /// <summary>Word or OpenDocument: styles, list numbering and tables are read as the author made them.</summary>
    Structured,

    /// <summary>PDF: only the text and its typed numbers are known, so headings and clauses are guesses.</summary>
    TextOnly,
}

/// <summary>One existing policy document as read, before any policy structure is recognised.</summary>
internal sealed class ImportedDocument(string path, ReadConfidence confidence, IReadOnlyList<ImportedBlock> blocks, IReadOnlyList<string> headerFooterLines)
{
    /// <summary>The file that was read, as given.</summary>
    public string Path { get; } = path;

    public ReadConfidence Confidence { get; } = confidence;

    /// <summary>The body's paragraphs and tables in reading order (text boxes and headers/footers excluded).</summary>
    public IReadOnlyList<ImportedBlock> Blocks { get; } = blocks;

    /// <summary>Each non-empty line of the headers and footers, in order, once each (address footers, "Page x of y").</summary>
    public IReadOnlyList<string> HeaderFooterLines { get; } = headerFooterLines;
}

/// <summary>A paragraph or table of the original document.</summary>
/// <param name="ordinal">1-based position among the body's top-level paragraphs and tables, for messages such as "paragraph 14".</param>
internal abstract class ImportedBlock(int ordinal)
{
    public int Ordinal { get; } = ordinal;
}
