using System.CommandLine;
using PolicyKit.Cli.Output;
using PolicyKit.Generator.Building;
using PolicyKit.Model.Diagnostics;

namespace PolicyKit.Cli.Commands;

internal static class BuildCommand
{
    public static Command Create(TimeProvider clock, TextWriter stdout, TextWriter stderr)
    {
        var policies = CommonOptions.Policies();
        var output = new Option<string>("--out") { Description = "Where to write the documents.", DefaultValueFactory = _ => "out" };
        var school = CommonOptions.School();
        var policy = CommonOptions.Policy();
        var asOf = CommonOptions.AsOf();
        var failOnWarnings = CommonOptions.FailOnWarnings();
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print only problems." };
        var command = new Command("build", "Check the sources, then write out/<school>/<policy>.docx for every school and policy.")
        {
            policies, output, school, policy, asOf, failOnWarnings, quiet,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var options = new BuildOptions(parse.GetValue(policies)!, CommonOptions.Today(parse.GetValue(asOf), clock))
            {
                OutputRoot = parse.GetValue(output)!,
                Schools = parse.GetValue(school) ?? [],
                Policies = parse.GetValue(policy) ?? [],
            };
            return Task.FromResult(Run(options, parse.GetValue(failOnWarnings), parse.GetValue(quiet), stdout, stderr, cancellationToken));
        });
        return command;
    }

    private static int Run(BuildOptions options, bool failOnWarnings, bool quiet, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var diagnostics = new DiagnosticBag();
        BuildResult? result;
        try
        {
            result = BuildRunner.Run(options, diagnostics, progress: null, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            DiagnosticPrinter.Print(diagnostics, stderr);
            stderr.WriteLine($"{options.OutputRoot}: error: cannot write the documents: {ex.Message}");
            return ExitCodes.OutputFailed;
        }

        DiagnosticPrinter.Print(diagnostics, stderr);
        if (result is null || DiagnosticPrinter.Failed(diagnostics, failOnWarnings))
        {
            stderr.WriteLine($"Build failed: {DiagnosticPrinter.Summary(diagnostics)}. No documents were written.");
            return ExitCodes.SourceErrors;
        }

        if (!quiet)
        {
            var schools = result.WrittenFiles.Select(Path.GetDirectoryName).Distinct().Count();
            stdout.WriteLine($"Wrote {DiagnosticPrinter.Count(result.WrittenFiles.Count, "document")} for {DiagnosticPrinter.Count(schools, "school")} to {options.OutputRoot}/ in {result.Elapsed.TotalSeconds:0.00} s ({DiagnosticPrinter.Summary(diagnostics)}).");
        }

        return ExitCodes.Success;
    }
}
