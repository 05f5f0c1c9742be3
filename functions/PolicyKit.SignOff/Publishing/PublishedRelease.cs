namespace PolicyKit.SignOff.Publishing;

/// <summary>
/// One version of one school's policy as published: its files with their hashes, and what people are asked to
/// agree to. Immutable once published; the service pins a round to one release per school.
/// </summary>
public sealed record PublishedRelease
{
    public required string School { get; init; }

    public required string Policy { get; init; }

    public required string Title { get; init; }

    public required string Version { get; init; }

    /// <summary>The hash of every input that shaped the documents (the same one recorded in the .docx).</summary>
    public required string InputHash { get; init; }

    /// <summary>The groups the policy's source says must accept it; empty when it needs no acceptance.</summary>
    public required IReadOnlyList<string> RequiredFrom { get; init; }

    /// <summary>The statements people agree to, word for word from the source.</summary>
    public required IReadOnlyList<string> Statements { get; init; }

    public required IReadOnlyList<PublishedFile> Files { get; init; }

    public required DateTimeOffset PublishedUtc { get; init; }

    /// <summary>
    /// Whether the version changes what people agreed to, and which version it follows; null on releases published
    /// before publish recorded it (treated as minor: nobody is asked to sign again).
    /// </summary>
    public VersionChange? Change { get; init; }

    public bool RequiresAcceptance => Statements.Count > 0 && RequiredFrom.Count > 0;

    public PublishedFile? File(string extension) =>
        Files.FirstOrDefault(f => f.Name.EndsWith("." + extension, StringComparison.OrdinalIgnoreCase));
}
