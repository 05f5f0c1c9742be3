namespace PolicyKit.Import;

/// <summary>A folder import is starting on its <paramref name="Done"/>+1th document of <paramref name="Total"/>.</summary>
public sealed record ImportProgress(int Done, int Total, string File);
