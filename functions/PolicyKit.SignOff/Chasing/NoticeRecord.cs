namespace PolicyKit.SignOff.Chasing;

/// <summary>
/// An email to a school's business manager, recorded (create-only) with what it reports at the moment it was
/// queued, so the record shows what the school was told.
/// </summary>
internal sealed record NoticeRecord
{
    public const string DeclineKind = "declined";
    public const string AfterDeadlineKind = "after-deadline";
    public const string AfterDeadlineName = "after-deadline";

    public required string Kind { get; init; }

    public required string RoundId { get; init; }

    public required string School { get; init; }

    /// <summary>Who declined (one person), or who is still outstanding.</summary>
    public required IReadOnlyList<NoticePerson> People { get; init; }

    public string? DeclineReason { get; init; }

    public required DateTimeOffset QueuedUtc { get; init; }

    public static string DeclineName(string person) => $"decline-{person}";
}
