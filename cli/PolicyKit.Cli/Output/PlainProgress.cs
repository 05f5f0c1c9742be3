using PolicyKit.Generator.Building;

namespace PolicyKit.Cli.Output;

/// <summary>Progress as plain log lines, for CI logs and redirected output: each stage once, then every tenth.</summary>
internal sealed class PlainProgress(TextWriter writer, bool verbose) : IProgress<BuildProgress>
{
    private readonly Lock _gate = new();
    private BuildStage? _stage;
    private int _lastTenth;

    public void Report(BuildProgress value)
    {
        lock (_gate)
        {
            if (value.Stage != _stage)
            {
                _stage = value.Stage;
                _lastTenth = 0;
                writer.WriteLine(StageText.Describe(value.Stage, value.Total));
            }

            if (verbose && value.File is not null && value.Stage is BuildStage.Writing or BuildStage.ConvertingPdf or BuildStage.WritingIndexes)
            {
                writer.WriteLine($"  {value.File}");
                return;
            }

            var tenth = value.Total == 0 ? 10 : value.Done * 10 / value.Total;
            if (value.Total > 1 && tenth > _lastTenth)
            {
                _lastTenth = tenth;
                writer.WriteLine($"  {value.Done}/{value.Total}");
            }
        }
    }
}
