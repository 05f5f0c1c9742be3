using PolicyKit.Generator.Building;
using Spectre.Console;

namespace PolicyKit.Cli.Output;

/// <summary>A live progress display on a terminal: one bar per stage with counts, elapsed and remaining time.</summary>
internal sealed class LiveProgress(ProgressContext context) : IProgress<BuildProgress>
{
    private readonly Dictionary<BuildStage, ProgressTask> _tasks = [];
    private readonly Lock _gate = new();

    public static async Task<T> RunAsync<T>(IAnsiConsole console, Func<IProgress<BuildProgress>, Task<T>> work)
    {
        T result = default!;
        await console.Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async context => result = await work(new LiveProgress(context)));
        return result;
    }

    public void Report(BuildProgress value)
    {
        lock (_gate)
        {
            if (!_tasks.TryGetValue(value.Stage, out var task))
            {
                foreach (var earlier in _tasks.Values)
                {
                    earlier.Value = earlier.MaxValue;
                    earlier.StopTask();
                }

                task = context.AddTask(Markup.Escape(StageText.Describe(value.Stage, value.Total)), maxValue: Math.Max(value.Total, 1));
                _tasks[value.Stage] = task;
            }

            task.Value = value.Done;
        }
    }
}
