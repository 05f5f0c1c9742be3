namespace PolicyKit.SignOff.Publishing;

/// <param name="Name">The file name, e.g. "information-security.pdf".</param>
/// <param name="Sha256">SHA-256 (hex) of the exact bytes stored.</param>
public sealed record PublishedFile(string Name, string ContentType, long Size, string Sha256);
