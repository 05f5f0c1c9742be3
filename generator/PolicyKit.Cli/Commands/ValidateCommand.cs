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
            var options = new BuildOptions(parse.GetValue(policies)!, CommonOptions.Today(parse.GetValue(asOf), clock));
            var compilation = Compiler.Compile(options, diagnostics, cancellationToken);
            DiagnosticPrinter.Print(diagnostics, stderr);
            var failed = compilation is null || DiagnosticPrinter.Failed(diagnostics, parse.GetValue(failOnWarnings));
            var checkedCount = compilation is null ? "no documents" : $"{compilation.Sources.Policies.Count} policies for {compilation.Sources.Schools.Count} schools";
            (failed ? stderr : stdout).WriteLine($"Checked {checkedCount}: {DiagnosticPrinter.Summary(diagnostics)}.");
            return Task.FromResult(failed ? ExitCodes.SourceErrors : ExitCodes.Success);
        });
        return command;
    }
}
