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

    /// <summary>The "please sign by" date shown to people (UK local date); null for a round without a deadline.</summary>
    public DateOnly? SignBy { get; init; }

    /// <summary>When people who have not signed are chased; null on rounds started before reminders existed (none are sent).</summary>
    public ReminderSchedule? Reminders { get; init; }

    /// <summary>Set when the round asks the signers of the previous version to sign a material change again; null for every other round.</summary>
    public Reacceptance? Reacceptance { get; init; }

    public IEnumerable<string> Schools => Releases.Select(r => r.School);

    public RoundRelease? ReleaseFor(string school) => Releases.FirstOrDefault(r => r.School == school);
}
