namespace PolicyKit.SignOff.Rounds;

/// <summary>
/// How a round chases the people who have not signed: a first reminder <see cref="FirstAfterDays"/> days after the
/// invitation, then every <see cref="EveryDays"/> days, at most <see cref="MaxReminders"/> times, plus one more
/// <see cref="FinalDaysBeforeDeadline"/> days before the round's sign-by date.
/// </summary>
public sealed record ReminderSchedule
{
    public int FirstAfterDays { get; init; } = 3;

    public int EveryDays { get; init; } = 3;

    public int MaxReminders { get; init; } = 3;

    public int FinalDaysBeforeDeadline { get; init; } = 2;
}
