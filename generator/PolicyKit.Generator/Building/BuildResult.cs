namespace PolicyKit.Generator.Building;

public sealed record BuildResult(IReadOnlyList<string> WrittenFiles, TimeSpan Elapsed);
