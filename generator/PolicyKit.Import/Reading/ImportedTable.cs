namespace PolicyKit.Import.Reading;

/// <summary>A table, row by row; merged cells appear once, in the first row and column they cover.</summary>
internal sealed class ImportedTable(int ordinal, IReadOnlyList<IReadOnlyList<ImportedCell>> rows, int headerRows) : ImportedBlock(ordinal)
{
    public IReadOnlyList<IReadOnlyList<ImportedCell>> Rows { get; } = rows;

    /// <summary>How many leading rows are marked to repeat as a header (<c>w:tblHeader</c>), 0 if none.</summary>
    public int HeaderRows { get; } = headerRows;
}

/// <summary>A table cell's paragraphs (nested tables are flattened into paragraphs).</summary>
internal sealed class ImportedCell(IReadOnlyList<ImportedParagraph> paragraphs)
{
    public IReadOnlyList<ImportedParagraph> Paragraphs { get; } = paragraphs;

    /// <summary>The cell's text, paragraphs joined by "\n", trimmed.</summary>
    public string Text => string.Join("\n", Paragraphs.Select(p => p.Text)).Trim();
}
