namespace PolicyKit.SignOff.Publishing;

/// <summary>
/// One school's copy of one policy, built and offered for publishing: what it is, and the files the build vouches
/// for with the SHA-256 it recorded when it wrote them. Made by the host from a build; the publisher reads nothing
/// else, so it can only upload what that build made from these sources.
/// </summary>
public sealed record ReleaseCandidate
{
    public required string School { get; init; }

    public required string Policy { get; init; }

    public required string Title { get; init; }

    public required string Version { get; init; }

    /// <summary>The hash of every input the documents were made from.</summary>
    public required string InputHash { get; init; }

    /// <summary>The policy's source file, named in messages about it.</summary>
    public required string SourcePath { get; init; }

    public required IReadOnlyList<string> RequiredFrom { get; init; }

    public required IReadOnlyList<string> Statements { get; init; }

    public required IReadOnlyList<CandidateFile> Files { get; init; }

    /// <summary>What the version changes since the one in force before it; null when the history says nothing (a draft).</summary>
    public VersionChange? Change { get; init; }
}

/// <param name="Path">Where the built file is on disk.</param>
/// <param name="Sha256">The SHA-256 (lower-case hex) the build recorded when it wrote the file.</param>
public sealed record CandidateFile(string Path, string Sha256)
{
    public string Name => System.IO.Path.GetFileName(Path);
}
