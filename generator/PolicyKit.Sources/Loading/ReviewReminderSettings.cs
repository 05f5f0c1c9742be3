namespace PolicyKit.Sources.Loading;

/// <summary>
/// When the sign-off service reminds a policy's owner and the clerk to governors of a review (<c>review-reminders:</c>
/// in trust.yaml): each of <see cref="BeforeDays"/> days before the review date, then every
/// <see cref="OverdueEveryDays"/> days once it has passed.
/// </summary>
/// <param name="BeforeDays">Days before the review date, furthest first (60, 30, 7 unless the trust says otherwise).</param>
/// <param name="OverdueEveryDays">Days between reminders once the review is overdue.</param>
public sealed record ReviewReminderSettings(IReadOnlyList<int> BeforeDays, int OverdueEveryDays)
{
    /// <summary>60, 30 and 7 days before, then weekly.</summary>
    public static ReviewReminderSettings Default { get; } = new([60, 30, 7], 7);
}
