namespace PolicyKit.SignOff.Evidence;

/// <summary>
/// A person the school marked as having left, or excused from one round, with its reason. Stored once,
/// create-only, and sealed into the round's chain like a decision: nothing about the person is ever deleted.
/// </summary>
public sealed record ExemptionRecord
{
    public const string LeftKind = "left";
    public const string ExcusedKind = "excused";

    /// <summary><see cref="LeftKind"/> or <see cref="ExcusedKind"/>.</summary>
    public required string Kind { get; init; }

    public required string RoundId { get; init; }

    public required string School { get; init; }

    public required string PersonId { get; init; }

    public required string Name { get; init; }

    public required string Email { get; init; }

    public required string Reason { get; init; }

    public required DateTimeOffset AtUtc { get; init; }

    /// <summary>Who marked it, as the service knows them ("admin key", or the signed-in user's name).</summary>
    public required string By { get; init; }

    /// <summary>The request that recorded it (it appears in the service's log).</summary>
    public required string RequestId { get; init; }

    public static bool IsKind(string? kind) => kind is LeftKind or ExcusedKind;
}
