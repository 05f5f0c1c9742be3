using System.CommandLine;
using PolicyKit.Cli.Output;
using PolicyKit.Generator.Redlining;
using PolicyKit.Model.Diagnostics;

namespace PolicyKit.Cli.Commands;

/// <summary><c>policykit diff POLICY --school ID --from-sources DIR --to-sources DIR</c>: a redline between two versions.</summary>
internal static class DiffCommand
{
    public static Command Create(TimeProvider clock, TextWriter stdout, TextWriter stderr)
    {
        var policy = new Argument<string>("POLICY") { Description = "The policy to compare (its file name without .md)." };
        var school = new Option<string>("--school") { Description = "The school whose document is compared, branded and numbered as it has it.", Required = true };
        var fromSources = new Option<string>("--from-sources") { Description = "The policy folder (holding trust.yaml) of the old version.", Required = true };
        var toSources = new Option<string>("--to-sources") { Description = "The policy folder of the new version.", Required = true };
        var output = CommonOptions.Output("The folder the redline goes to, as <school>/<policy>-<from>-to-<to>.docx and .md.");
        var command = new Command("diff", "Write a redline between two versions of a policy: a Word document with tracked changes and a summary of the changed clauses.")
        {
            policy, school, fromSources, toSources, output,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var diagnostics = new DiagnosticBag();
            var options = new RedlineOptions(parse.GetValue(fromSources)!, parse.GetValue(toSources)!, parse.GetValue(policy)!, parse.GetValue(school)!, CommonOptions.Today(null, clock))
            {
                OutputRoot = parse.GetValue(output)!,
            };

            RedlineResult? result;
            try
            {
                result = RedlineRunner.Run(options, diagnostics, cancellationToken);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"Cannot write the redline: {ex.Message}");
                return Task.FromResult(ExitCodes.OutputFailed);
            }

            DiagnosticPrinter.Print(diagnostics, stderr);
            if (result is null)
            {
                stderr.WriteLine($"No redline written: {DiagnosticPrinter.Summary(diagnostics)}.");
                return Task.FromResult(ExitCodes.SourceErrors);
            }

            stdout.WriteLine($"Version {result.FromVersion} to {result.ToVersion}: {DiagnosticPrinter.Count(result.Changes.Count, "change")}.");
            foreach (var path in result.WrittenFiles)
            {
                stdout.WriteLine($"  {path}");
            }

            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }
}
