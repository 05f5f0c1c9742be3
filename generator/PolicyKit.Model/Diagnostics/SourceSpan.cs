namespace PolicyKit.Model.Diagnostics;

/// <summary>A position in a source file: 1-based line and column. Line 0 means "the file as a whole".</summary>
public readonly record struct SourceSpan(string File, int Line, int Column)
{
    public static SourceSpan ForFile(string file) => new(file, 0, 0);

    public override string ToString() => Line > 0 ? $"{File}({Line},{Column})" : File;
}
