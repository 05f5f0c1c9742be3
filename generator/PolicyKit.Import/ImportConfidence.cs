namespace PolicyKit.Import;

/// <summary>How far an imported policy's structure can be trusted.</summary>
public enum ImportConfidence
{
    /// <summary>Word or OpenDocument: headings, list numbering and tables were read as the author made them.</summary>
    Structured,

    /// <summary>PDF: only the text and its typed numbers were there, so headings and clauses are the importer's guesses.</summary>
    TextOnly,
}
