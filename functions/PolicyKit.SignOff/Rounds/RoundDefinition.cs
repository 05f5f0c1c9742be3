namespace PolicyKit.SignOff.Rounds;

/// <summary>One sign-off round: who is asked to accept which version of which policy. Created once, never changed.</summary>
public sealed record RoundDefinition
{
    public required string Id { get; init; }

    public required string Policy { get; init; }

    public required string PolicyTitle { get; init; }

    public required string Version { get; init; }

    public required IReadOnlyList<string> Groups { get; init; }

    public required IReadOnlyList<string> Statements { get; init; }

    public required IReadOnlyList<RoundRelease> Releases { get; init; }

    public required DateTimeOffset StartedUtc { get; init; }

    public required int LinkLifetimeDays { get; init; }

    public IEnumerable<string> Schools => Releases.Select(r => r.School);

    public RoundRelease? ReleaseFor(string school) => Releases.FirstOrDefault(r => r.School == school);
}
