namespace PolicyKit.Generator.Redlining;

/// <summary>A redline written: the two versions, the files (paths on disk) and each change, in document order.</summary>
public sealed record RedlineResult(string FromVersion, string ToVersion, IReadOnlyList<string> WrittenFiles, IReadOnlyList<RedlineChange> Changes);
