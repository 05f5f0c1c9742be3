using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace PolicyKit.Bench.Redline;

/// <summary>Runs <see cref="RedlineBench"/> with a job short enough for a shared two-core machine.</summary>
internal static class RedlineBenchRunner
{
    public static int Run(string[] args)
    {
        // In this process: the bench is already a Release build, and BenchmarkDotNet would otherwise build a second copy
        // of the whole solution. 5 warm-up and 15 measured iterations of at least 250 ms each, one launch.
        var job = Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithLaunchCount(1)
            .WithWarmupCount(5)
            .WithIterationCount(15)
            .WithIterationTime(Perfolizer.Horology.TimeInterval.FromMilliseconds(250))
            .WithId("Short");
        var config = DefaultConfig.Instance.AddJob(job).WithOptions(ConfigOptions.JoinSummary);
        var summaries = BenchmarkSwitcher.FromTypes([typeof(RedlineBench)]).Run(args.Contains("--filter") ? args : [.. args, "--filter", "*"], config);
        return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? BenchExitCodes.OutputFailed : BenchExitCodes.Success;
    }
}
