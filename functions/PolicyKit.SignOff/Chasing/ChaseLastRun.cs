namespace PolicyKit.SignOff.Chasing;

/// <summary>The content of <see cref="Storage.BlobNames.ChaseLastRun"/>.</summary>
internal sealed record ChaseLastRun(DateTimeOffset LastRunUtc);
