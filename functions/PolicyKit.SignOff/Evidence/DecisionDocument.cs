namespace PolicyKit.SignOff.Evidence;

/// <summary>One document a decision names, by file name and the SHA-256 (hex) of its exact bytes.</summary>
public sealed record DecisionDocument(string File, string Sha256);
