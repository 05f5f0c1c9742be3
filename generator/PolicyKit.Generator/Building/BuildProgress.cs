namespace PolicyKit.Generator.Building;

/// <summary>Where a build has got to: the stage, how many of its items are done, and the file just finished.</summary>
public sealed record BuildProgress(BuildStage Stage, int Done, int Total, string? File = null);
