namespace PolicyKit.Sources.Templating;

/// <summary>A run of a template's literal text on one output line: where it landed in the output and where it was written.</summary>
/// <param name="OutputColumn">0-based column of the run in its output line.</param>
/// <param name="SourceLine">1-based line of the template file the run was written on.</param>
/// <param name="SourceColumn">0-based column of that line where the run starts.</param>
/// <param name="Length">Characters of literal text; output after them on the line was printed by an expression.</param>
internal readonly record struct RawPiece(int OutputColumn, int SourceLine, int SourceColumn, int Length);
