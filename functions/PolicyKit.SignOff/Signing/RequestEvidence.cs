namespace PolicyKit.SignOff.Signing;

/// <summary>Where a decision came from, as the HTTP request showed it.</summary>
public sealed record RequestEvidence(string IpAddress, string UserAgent, string RequestId);
