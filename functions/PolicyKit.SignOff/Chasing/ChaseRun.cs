namespace PolicyKit.SignOff.Chasing;

/// <summary>What one chase queued: reminder steps, business-manager notices and review reminders (the dispatcher then sends them).</summary>
/// <param name="ReviewRemindersQueued">Emails to policy owners and clerks about a coming or overdue review.</param>
public sealed record ChaseRun(bool Ran, int RemindersQueued, int NoticesQueued, int ReviewRemindersQueued = 0)
{
    public static ChaseRun NotDue { get; } = new(false, 0, 0);
}
