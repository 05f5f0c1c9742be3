using System.CommandLine;
using PolicyKit.Cli.Output;
using PolicyKit.Generator.Building;
using PolicyKit.Model.Diagnostics;

namespace PolicyKit.Cli.Commands;

internal static class ValidateCommand
{
    public static Command Create(TimeProvider clock, TextWriter stdout, TextWriter stderr)
    {
        var policies = CommonOptions.Policies();
        var asOf = CommonOptions.AsOf();
        var failOnWarnings = CommonOptions.FailOnWarnings();
        var command = new Command("validate", "Check every source file and print each problem as path(line,col): error|warning CODE: message.")
        {
            policies, asOf, failOnWarnings,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var diagnostics = new DiagnosticBag();
            var options = BuildDefaults.For(parse.GetValue(policies)!, CommonOptions.Today(parse.GetValue(asOf), clock));
            var session = Compiler.Check(options, diagnostics, cancellationToken);
            DiagnosticPrinter.Print(diagnostics, stderr);
            var failed = session is null || DiagnosticPrinter.Failed(diagnostics, parse.GetValue(failOnWarnings));
            var checkedCount = session is null ? "no documents" : $"{DiagnosticPrinter.Count(session.Sources.Policies.Count, "policy")} for {DiagnosticPrinter.Count(session.Sources.Schools.Count, "school")}";
            (failed ? stderr : stdout).WriteLine($"Checked {checkedCount}: {DiagnosticPrinter.Summary(diagnostics)}.");
            return Task.FromResult(failed ? ExitCodes.SourceErrors : ExitCodes.Success);
        });
        return command;
    }
}
