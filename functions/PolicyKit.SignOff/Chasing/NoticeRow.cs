namespace PolicyKit.SignOff.Chasing;

/// <summary>One email to a school's business manager, as the round's page lists it.</summary>
/// <param name="Name">"after-deadline", or "decline-&lt;person&gt;".</param>
/// <param name="State">pending, sent or failed (see <see cref="Rounds.MailState"/>).</param>
public sealed record NoticeRow(string School, string Name, string State, DateTimeOffset? SentUtc, string? Error)
{
    public bool IsAfterDeadline => Name == NoticeRecord.AfterDeadlineName;
}
