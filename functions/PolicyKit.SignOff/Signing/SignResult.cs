using PolicyKit.SignOff.Evidence;

namespace PolicyKit.SignOff.Signing;

/// <param name="Recorded">True when this request recorded the decision; false when the link had already been used (then <see cref="Context"/> says how).</param>
/// <param name="Problem">What the person must correct (an empty name, an unticked box), or null.</param>
public sealed record SignResult(SignContext Context, bool Recorded, DecisionRecord? Decision, ChainEntry? Entry, string? Problem = null);
