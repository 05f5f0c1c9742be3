namespace PolicyKit.SignOff.Evidence;

/// <summary>
/// What one person decided about one round's agreement, with everything an auditor asks for: who, what exactly,
/// when, from where and in answer to which request. Stored once, create-only, and sealed into the round's chain.
/// </summary>
public sealed record DecisionRecord
{
    public const string SignedKind = "signed";
    public const string DeclinedKind = "declined";

    /// <summary><see cref="SignedKind"/> or <see cref="DeclinedKind"/>.</summary>
    public required string Kind { get; init; }

    public required string RoundId { get; init; }

    public required string School { get; init; }

    public required string SchoolName { get; init; }

    public required string Policy { get; init; }

    public required string PolicyTitle { get; init; }

    public required string Version { get; init; }

    /// <summary>The published file that was shown (e.g. "information-security.html").</summary>
    public required string DocumentFile { get; init; }

    /// <summary>SHA-256 (hex) of the exact bytes of <see cref="DocumentFile"/> that were shown.</summary>
    public required string DocumentSha256 { get; init; }

    public required string PersonId { get; init; }

    public required string Group { get; init; }

    /// <summary>The email address on the roster the link was sent to.</summary>
    public required string Email { get; init; }

    /// <summary>The full name the person typed (for a decline, the name on the roster).</summary>
    public required string TypedName { get; init; }

    /// <summary>The statements the person agreed to, word for word (empty for a decline).</summary>
    public required IReadOnlyList<string> Statements { get; init; }

    public string? DeclineReason { get; init; }

    public required DateTimeOffset AtUtc { get; init; }

    public required string IpAddress { get; init; }

    public required string UserAgent { get; init; }

    /// <summary>The id of the HTTP request that recorded the decision (it appears in the service's logs).</summary>
    public required string RequestId { get; init; }

    /// <summary>For a chair's decision on a proposed version: every document the request pinned, by name and SHA-256 (null on a person's signature).</summary>
    public IReadOnlyList<DecisionDocument>? Documents { get; init; }

    /// <summary>For a chair's decision: the meeting and item it was decided at, or null for chair's action.</summary>
    public string? MinuteRef { get; init; }
}
