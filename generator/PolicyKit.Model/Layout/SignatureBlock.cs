namespace PolicyKit.Model.Layout;

/// <summary>The signature block: its heading, the sentence above it (who ratified the version, when), and who signs.</summary>
public sealed record SignatureBlock(string Heading, string? Sentence, IReadOnlyList<SignatureEntry> Entries);

/// <summary>One signatory: the label printed above ("Chair of the board"), the name (null when the role has no named holder) and the date signed, if any.</summary>
public sealed record SignatureEntry(string Label, string? Name, LayoutValue? Date);
