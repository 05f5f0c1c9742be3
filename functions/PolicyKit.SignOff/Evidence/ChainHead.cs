namespace PolicyKit.SignOff.Evidence;

/// <summary>The last entry of a round's chain. Without it, deleting the newest entry would leave a chain that still checks.</summary>
public sealed record ChainHead(long Sequence, string Hash);
