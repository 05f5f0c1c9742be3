namespace PolicyKit.SignOff.Delivery;

/// <summary>What one pass of the dispatcher did.</summary>
/// <param name="RemindersQueued">Reminder steps the chase queued in this pass (sent in the same pass).</param>
/// <param name="NoticesQueued">Business-manager summaries the chase queued in this pass.</param>
/// <param name="ReviewRemindersQueued">Review reminders to policy owners and clerks the chase queued in this pass (sent in the same pass).</param>
public sealed record DispatchRun(int Delivered, int Retrying, int Failed, int RemindersQueued = 0, int NoticesQueued = 0, int ReviewRemindersQueued = 0);
