namespace PolicyKit.Generator.Ratifying;

/// <summary>One line of a source file that writing a ratification added, changed or removed.</summary>
/// <param name="Path">The file, as messages print it.</param>
/// <param name="Line">The line (1-based) in the file as written now; for a removed line, the line that took its place.</param>
/// <param name="Description">What changed, in words ("added ratified: 2027-06-09").</param>
public sealed record SourceLineChange(string Path, int Line, string Description);
