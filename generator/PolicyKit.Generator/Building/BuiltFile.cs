namespace PolicyKit.Generator.Building;

/// <summary>One output file that a build vouches for.</summary>
/// <param name="Extension">"docx", "html" or "pdf".</param>
/// <param name="Path">Where the file is, under the build's output folder.</param>
/// <param name="Sha256">The SHA-256 (lower-case hex) of the bytes the build wrote there.</param>
public sealed record BuiltFile(string Extension, string Path, string Sha256);
