namespace PolicyKit.SignOff.Rounds;

/// <summary>The document a round shows at one school, pinned by hash when the round starts.</summary>
public sealed record RoundRelease(string School, string SchoolName, string Version, string DocumentFile, string DocumentSha256, string? PdfFile, string? PdfSha256);
