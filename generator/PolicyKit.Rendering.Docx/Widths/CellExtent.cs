namespace PolicyKit.Rendering.Docx.Widths;

/// <summary>How wide a cell's text is, in twips: its longest word, and its longest line left unbroken.</summary>
internal readonly record struct CellExtent(int LongestWord, int LongestLine);
