namespace PolicyKit.SignOff.Reviews;

/// <summary>When people are reminded of a review: each of <see cref="BeforeDays"/> days before the date, then every <see cref="OverdueEveryDays"/> days once it has passed.</summary>
public sealed record ReviewReminderRules(IReadOnlyList<int> BeforeDays, int OverdueEveryDays)
{
    /// <summary>60, 30 and 7 days before, then weekly.</summary>
    public static ReviewReminderRules Default { get; } = new([60, 30, 7], 7);
}
