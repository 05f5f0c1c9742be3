namespace PolicyKit.SignOff.Chasing;

/// <summary>What one chase queued: reminder steps and business-manager notices (the dispatcher then sends them).</summary>
public sealed record ChaseRun(bool Ran, int RemindersQueued, int NoticesQueued)
{
    public static ChaseRun NotDue { get; } = new(false, 0, 0);
}
