namespace PolicyKit.SignOff.Rounds;

/// <param name="Schools">The schools to include; empty means every school that has the policy published.</param>
/// <param name="Groups">The groups to ask; empty means every group the policy's source requires.</param>
public sealed record StartRoundRequest(string Policy, IReadOnlyList<string> Schools, IReadOnlyList<string> Groups);
