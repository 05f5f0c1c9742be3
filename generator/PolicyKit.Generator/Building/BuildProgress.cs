namespace PolicyKit.Generator.Building;

/// <summary>Where a build has got to: the stage, how many of its items are done, and the file just finished.</summary>
/// <param name="Stage">The phase the build is in.</param>
/// <param name="Done">How many of the phase's items are finished.</param>
/// <param name="Total">How many items the phase has.</param>
/// <param name="File">The output just finished, as a path under the output folder, when the phase works file by file.</param>
public sealed record BuildProgress(BuildStage Stage, int Done, int Total, string? File = null);
