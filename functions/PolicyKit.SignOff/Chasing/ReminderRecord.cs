namespace PolicyKit.SignOff.Chasing;

/// <summary>
/// One reminder step for one person, created before it is sent (its mail state in metadata says whether it went).
/// Its existence is what stops the step going twice.
/// </summary>
/// <param name="Email">The corrected address when the school changed it after the round started; else null (the invite's).</param>
internal sealed record ReminderRecord(string RoundId, string School, string PersonId, string Step, DateOnly Today, string? Email, DateTimeOffset QueuedUtc);
