using PolicyKit.SignOff.Evidence;

namespace PolicyKit.SignOff.Ratification;

/// <param name="Problem">What the chair must correct (an empty name, an unticked box, no comments), or null.</param>
public sealed record RatifyResult(RatifyContext Context, bool Recorded, ChainEntry? Entry, string? Problem = null);
