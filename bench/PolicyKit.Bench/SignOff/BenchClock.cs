namespace PolicyKit.Bench.SignOff;

/// <summary>A clock the bench sets by hand, so a round can be a few days old without waiting for it.</summary>
internal sealed class BenchClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;
}
