namespace PolicyKit.SignOff.Rounds;

/// <param name="Schools">The schools to include; empty means every school that has the policy published.</param>
/// <param name="Groups">The groups to ask; empty means every group the policy's source requires.</param>
/// <param name="SignBy">The "please sign by" date (UK); null means <see cref="RoundDeadline.DefaultDays"/> days after the start.</param>
/// <param name="Reminders">How people who have not signed are chased; null means the defaults (3, 3, 3).</param>
public sealed record StartRoundRequest(string Policy, IReadOnlyList<string> Schools, IReadOnlyList<string> Groups, DateOnly? SignBy = null, ReminderSchedule? Reminders = null);
